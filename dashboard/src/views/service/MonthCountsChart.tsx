import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { CountSeries } from "./UnitCountsChart.tsx";

interface Props {
  points: ({ month: number; total: number } & Record<string, number>)[];
  series: CountSeries[];
  monthLabel: (month: number) => string;
  totalLabel: string;
}

/** Pure chart: counts per month stacked by kind or outcome. */
export default function MonthCountsChart({ points, series, monthLabel, totalLabel }: Props) {
  const labels = Object.fromEntries(series.map((s) => [s.key, s.label]));
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={points} margin={{ top: 8, right: 12, bottom: 2, left: 0 }} barCategoryGap="22%">
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="month" tickFormatter={monthLabel} tick={{ fontSize: 12 }} interval={0} />
        <YAxis tick={{ fontSize: 12 }} width={36} allowDecimals={false} />
        <Tooltip
          cursor={{ fill: "#f0f4f8" }}
          formatter={(value, name) => [String(value), labels[String(name)] ?? String(name)]}
          labelFormatter={(month, payload) => {
            const total = payload?.[0]?.payload?.total;
            return typeof total === "number" ? `${monthLabel(Number(month))} · ${totalLabel} ${total}` : monthLabel(Number(month));
          }}
        />
        {series.map((s) => (
          <Bar key={s.key} dataKey={s.key} name={s.key} stackId="counts" fill={s.color} isAnimationActive={false} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
