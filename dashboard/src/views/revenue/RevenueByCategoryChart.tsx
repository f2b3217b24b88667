import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { wanTick, wanTooltip } from "../../charts/axis.ts";
import { CATEGORY_COLORS } from "./chart-colors.ts";
import { REVENUE_CATEGORIES, type MonthCategoryPoint } from "./shape-revenue-by-category.ts";

interface Props {
  points: MonthCategoryPoint[];
  categoryLabel: (key: string) => string;
  monthLabel: (month: number) => string;
  totalLabel: string;
  wanLabel: string;
}

/** Pure chart: one bar per month stacked by 收视费 / 稽查费 / 老欠费. */
export default function RevenueByCategoryChart({ points, categoryLabel, monthLabel, totalLabel, wanLabel }: Props) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={points} margin={{ top: 8, right: 12, bottom: 2, left: 6 }} barCategoryGap="22%">
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="month" tickFormatter={monthLabel} tick={{ fontSize: 12 }} interval={0} />
        <YAxis
          tickFormatter={wanTick}
          tick={{ fontSize: 12 }}
          width={56}
          label={{ value: wanLabel, angle: -90, position: "insideLeft", fontSize: 12, offset: 4 }}
        />
        <Tooltip
          formatter={(value, name) => [`${wanTooltip(Number(value))} ${wanLabel}`, categoryLabel(String(name))]}
          labelFormatter={(month, payload) => {
            const total = payload?.[0]?.payload?.total;
            return typeof total === "number"
              ? `${monthLabel(Number(month))} · ${totalLabel} ${wanTooltip(total)} ${wanLabel}`
              : monthLabel(Number(month));
          }}
        />
        {REVENUE_CATEGORIES.map((key) => (
          <Bar key={key} dataKey={key} name={key} stackId="revenue" fill={CATEGORY_COLORS[key]} isAnimationActive={false} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
