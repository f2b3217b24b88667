import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { wanTick, wanTooltip } from "../../charts/axis.ts";
import { COST_COLORS } from "./chart-colors.ts";
import type { MonthSpendPoint } from "./shape-monthly-spend.ts";

interface Props {
  points: MonthSpendPoint[];
  labels: { repairCost: string; otherCost: string; total: string; wan: string };
  monthLabel: (month: number) => string;
}

/** Pure chart: counted costs per month, repair material stacked on running costs. */
export default function MonthlySpendChart({ points, labels, monthLabel }: Props) {
  const names: Record<string, string> = { repairCost: labels.repairCost, otherCost: labels.otherCost };
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={points} margin={{ top: 8, right: 12, bottom: 2, left: 6 }} barCategoryGap="22%">
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="month" tickFormatter={monthLabel} tick={{ fontSize: 12 }} interval={0} />
        <YAxis
          tickFormatter={wanTick}
          tick={{ fontSize: 12 }}
          width={56}
          label={{ value: labels.wan, angle: -90, position: "insideLeft", fontSize: 12, offset: 4 }}
        />
        <Tooltip
          cursor={{ fill: "#f0f4f8" }}
          formatter={(value, name) => [`${wanTooltip(Number(value))} ${labels.wan}`, names[String(name)] ?? String(name)]}
          labelFormatter={(month, payload) => {
            const point = payload?.[0]?.payload as MonthSpendPoint | undefined;
            const total = point ? point.repairCost + point.otherCost : null;
            return total === null ? monthLabel(Number(month)) : `${monthLabel(Number(month))} · ${labels.total} ${wanTooltip(total)} ${labels.wan}`;
          }}
        />
        <Bar dataKey="otherCost" name="otherCost" stackId="cost" fill={COST_COLORS.otherCost} isAnimationActive={false} />
        <Bar dataKey="repairCost" name="repairCost" stackId="cost" fill={COST_COLORS.repairCost} isAnimationActive={false} />
      </BarChart>
    </ResponsiveContainer>
  );
}
