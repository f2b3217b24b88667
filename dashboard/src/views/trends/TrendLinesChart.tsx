import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { unitColor } from "../../charts/unit-colors.ts";
import type { TrendUnit, YearRow } from "./shape-trend-series.ts";

interface Props {
  rows: YearRow[];
  units: TrendUnit[];
  unitName: (code: string) => string;
  formatValue: (value: number) => string;
  domain?: [number, number];
  /** Rank: 1 at the top, integer ticks. */
  reversed?: boolean;
  ticks?: number[];
  selectedUnit: string | null;
  selectedYear: number | null;
  compact?: boolean;
}

/** Pure chart: one line per unit across the years; the picked unit bold, the others receding. */
export default function TrendLinesChart({ rows, units, unitName, formatValue, domain, reversed, ticks, selectedUnit, selectedYear, compact }: Props) {
  const names = Object.fromEntries(units.map((u) => [u.code, unitName(u.code)]));
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={rows} margin={{ top: compact ? 6 : 14, right: compact ? 10 : 18, bottom: 2, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="year" tick={{ fontSize: compact ? 11 : 12 }} padding={{ left: 16, right: 16 }} />
        <YAxis
          // Whole points around the data: one unit's totals a few hundredths apart gave ticks like
          // 92.435, wider than the axis.
          domain={domain ?? [(min: number) => Math.floor(min - 1), (max: number) => Math.ceil(max + 1)]}
          reversed={reversed}
          ticks={ticks}
          allowDecimals={false}
          tick={{ fontSize: compact ? 11 : 12 }}
          width={compact ? 30 : 40}
          tickFormatter={reversed ? (v: number) => String(v) : undefined}
        />
        {/* The year the other views show, so the reader knows where "now" is on this timeline. */}
        {selectedYear !== null && rows.length > 1 && <ReferenceLine x={selectedYear} stroke="#9fb3c8" strokeDasharray="4 3" />}
        <Tooltip
          formatter={(value, name) => [value == null ? "—" : formatValue(Number(value)), names[String(name)] ?? String(name)]}
          itemSorter={(item) => (reversed ? Number(item.value) : -Number(item.value))}
        />
        {units.map((unit) => {
          const dimmed = selectedUnit !== null && selectedUnit !== unit.code;
          const bold = selectedUnit === unit.code;
          return (
            <Line
              key={unit.code}
              name={unit.code}
              dataKey={(row: YearRow) => row.values[unit.code]}
              stroke={unitColor(unit.code)}
              strokeOpacity={dimmed ? 0.25 : 1}
              strokeWidth={bold ? 3.5 : compact ? 1.8 : 2.2}
              dot={{ r: compact ? 2.5 : bold ? 5 : 3.5, strokeOpacity: dimmed ? 0.25 : 1, fillOpacity: dimmed ? 0.25 : 1 }}
              activeDot={{ r: 5 }}
              connectNulls={false}
              isAnimationActive={false}
            />
          );
        })}
      </LineChart>
    </ResponsiveContainer>
  );
}
