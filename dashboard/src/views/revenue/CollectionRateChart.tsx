import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { unitColor } from "../../charts/unit-colors.ts";
import { DEPARTMENT_COLOR } from "./chart-colors.ts";
import type { CollectionChartRow } from "./shape-collection.ts";

interface Props {
  rows: CollectionChartRow[];
  unitCodes: string[];
  unitName: (code: string) => string;
  monthLabel: (month: number) => string;
  departmentLabel: string;
  selected: string | null;
}

/**
 * Pure chart: 收缴率 by month, one line per unit and the department's dashed and dark; 100 % as
 * a reference (fees paid in advance go above it). A month without a register is a gap.
 */
export default function CollectionRateChart({ rows, unitCodes, unitName, monthLabel, departmentLabel, selected }: Props) {
  // Whole fives around the data and 100 %: ticks like 87 or 101 read as data, not as a scale.
  const values = rows
    .flatMap((row) => [row.department, ...unitCodes.map((code) => row.rates[code])])
    .filter((v): v is number => v !== null && v !== undefined);
  const low = Math.max(0, Math.floor((Math.min(100, ...values) - 2) / 5) * 5);
  const high = Math.ceil((Math.max(100, ...values) + 1) / 5) * 5;
  const ticks = Array.from({ length: (high - low) / 5 + 1 }, (_, i) => low + i * 5);
  const names: Record<string, string> = { department: departmentLabel, ...Object.fromEntries(unitCodes.map((c) => [c, unitName(c)])) };
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={rows} margin={{ top: 14, right: 18, bottom: 2, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="month" tickFormatter={(m: number) => monthLabel(m)} tick={{ fontSize: 12 }} />
        <YAxis domain={[low, high]} ticks={ticks} allowDecimals={false} tick={{ fontSize: 12 }} width={40} tickFormatter={(v: number) => `${v}%`} />
        <ReferenceLine y={100} stroke="#9fb3c8" strokeDasharray="4 3" />
        <Tooltip
          labelFormatter={(m) => monthLabel(Number(m))}
          formatter={(value, name) => [value == null ? "—" : `${Number(value).toFixed(2)}%`, names[String(name)] ?? String(name)]}
          itemSorter={(item) => -Number(item.value)}
        />
        {unitCodes.map((code) => {
          const dimmed = selected !== null && selected !== code;
          return (
            <Line
              key={code}
              name={code}
              dataKey={(row: CollectionChartRow) => row.rates[code] ?? null}
              stroke={unitColor(code)}
              strokeOpacity={dimmed ? 0.25 : 1}
              strokeWidth={selected === code ? 3.5 : 2}
              dot={{ r: 3, strokeOpacity: dimmed ? 0.25 : 1, fillOpacity: dimmed ? 0.25 : 1 }}
              connectNulls={false}
              isAnimationActive={false}
            />
          );
        })}
        <Line
          name="department"
          dataKey="department"
          stroke={DEPARTMENT_COLOR}
          strokeWidth={3}
          strokeDasharray="6 4"
          dot={false}
          connectNulls={false}
          isAnimationActive={false}
        />
      </LineChart>
    </ResponsiveContainer>
  );
}
