import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { percentTick } from "../../charts/axis.ts";

export interface CountSeries {
  key: string;
  label: string;
  color: string;
}

/** One bar per unit: its code, the stacked values and an optional figure written right of the bar. */
export type UnitCountRow = { unitCode: string; rightLabel?: string } & Record<string, number | string | null | undefined>;

interface Props {
  rows: UnitCountRow[];
  series: CountSeries[];
  /** 100 % stacked: each unit's bar shows shares of its own total. */
  expand?: boolean;
  selected: string | null;
  unitName: (code: string) => string;
  /** The tooltip text of one segment (count, share …). */
  formatValue: (row: UnitCountRow, key: string) => string;
  onSelect: (code: string) => void;
}

/** Pure chart: horizontal stacked bars per unit (counts, or shares with `expand`). */
export default function UnitCountsChart({ rows, series, expand = false, selected, unitName, formatValue, onSelect }: Props) {
  const labels = Object.fromEntries(series.map((s) => [s.key, s.label]));
  const fade = (code: string) => (selected && selected !== code ? 0.3 : 1);
  const rightLabels = new Map(rows.map((row) => [row.unitCode, row.rightLabel ?? ""]));
  const hasRightLabels = rows.some((row) => row.rightLabel);
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart
        data={rows}
        layout="vertical"
        stackOffset={expand ? "expand" : "none"}
        margin={{ top: 4, right: 8, bottom: 2, left: 4 }}
        barCategoryGap="26%"
      >
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis
          type="number"
          tick={{ fontSize: 12 }}
          allowDecimals={false}
          domain={expand ? [0, 1] : [0, "auto"]}
          ticks={expand ? [0, 0.25, 0.5, 0.75, 1] : undefined}
          tickFormatter={expand ? (v: number) => percentTick(Math.round(v * 100)) : undefined}
        />
        <YAxis type="category" dataKey="unitCode" tickFormatter={unitName} tick={{ fontSize: 12 }} width={96} interval={0} />
        {/* The per-unit figure (rate, total) as a right-hand axis: it shows even where the last segment is zero. */}
        {hasRightLabels && (
          <YAxis
            yAxisId="figures"
            orientation="right"
            type="category"
            dataKey="unitCode"
            tickFormatter={(code: string) => rightLabels.get(code) ?? ""}
            tick={{ fontSize: 12, fill: "#3e4c59" }}
            axisLine={false}
            tickLine={false}
            width={58}
            interval={0}
          />
        )}
        <Tooltip
          cursor={{ fill: "#f0f4f8" }}
          labelFormatter={(code) => unitName(String(code))}
          formatter={(_value, name, item) => [
            formatValue((item as { payload: UnitCountRow }).payload, String(name)),
            labels[String(name)] ?? String(name),
          ]}
        />
        {series.map((s) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={s.key}
            stackId="counts"
            fill={s.color}
            isAnimationActive={false}
            cursor="pointer"
            onClick={(entry) => onSelect(String((entry as { payload?: UnitCountRow }).payload?.unitCode ?? ""))}
          >
            {rows.map((row) => (
              <Cell key={row.unitCode} fill={s.color} fillOpacity={fade(row.unitCode)} />
            ))}
          </Bar>
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
