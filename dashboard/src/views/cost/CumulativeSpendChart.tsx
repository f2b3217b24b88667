import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { wanTick, wanTooltip } from "../../charts/axis.ts";
import { BUDGET_LINE_COLOR, PACE_COLOR } from "./chart-colors.ts";
import type { MonthSpendPoint } from "./shape-monthly-spend.ts";

interface Props {
  points: MonthSpendPoint[];
  color: string;
  labels: { cumulative: string; budgetPace: string; budget: string; wan: string };
  monthLabel: (month: number) => string;
}

/** Pure chart: cumulative counted costs against the year budget and its even-pace line. */
export default function CumulativeSpendChart({ points, color, labels, monthLabel }: Props) {
  const names: Record<string, string> = { cumulative: labels.cumulative, budgetPace: labels.budgetPace, budget: labels.budget };
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={points} margin={{ top: 8, right: 14, bottom: 2, left: 6 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="month" tickFormatter={monthLabel} tick={{ fontSize: 12 }} interval={0} />
        <YAxis
          tickFormatter={wanTick}
          tick={{ fontSize: 12 }}
          width={56}
          domain={[0, "auto"]}
          label={{ value: labels.wan, angle: -90, position: "insideLeft", fontSize: 12, offset: 4 }}
        />
        <Tooltip
          formatter={(value, name) => [value == null ? "—" : `${wanTooltip(Number(value))} ${labels.wan}`, names[String(name)] ?? String(name)]}
          labelFormatter={(month) => monthLabel(Number(month))}
        />
        <Line
          dataKey="budget"
          name="budget"
          stroke={BUDGET_LINE_COLOR}
          strokeDasharray="8 4"
          strokeWidth={1.5}
          dot={false}
          isAnimationActive={false}
        />
        <Line
          dataKey="budgetPace"
          name="budgetPace"
          stroke={PACE_COLOR}
          strokeDasharray="3 3"
          strokeWidth={1.5}
          dot={false}
          isAnimationActive={false}
        />
        <Line dataKey="cumulative" name="cumulative" stroke={color} strokeWidth={2.5} dot={{ r: 3 }} activeDot={{ r: 5 }} isAnimationActive={false} />
      </LineChart>
    </ResponsiveContainer>
  );
}
