import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { percentTick } from "../../charts/axis.ts";
import { unitColor } from "../../charts/unit-colors.ts";
import { formatPercent } from "../../format/number.ts";
import { DEPARTMENT_COLOR } from "./chart-colors.ts";
import { type CollectionPoint, DEPARTMENT_KEY } from "./shape-collection.ts";

interface Props {
  points: CollectionPoint[];
  keys: string[];
  selected: string | null;
  lineLabel: (key: string) => string;
  monthLabel: (month: number) => string;
}

/** Pure chart: each unit's 收缴率 per month as a line, the department's dashed and dark; gaps where not applicable. */
export default function CollectionRateChart({ points, keys, selected, lineLabel, monthLabel }: Props) {
  const values = points.flatMap((p) => keys.map((k) => p[k])).filter((v): v is number => typeof v === "number");
  const low = Math.floor(Math.min(80, ...values) / 5) * 5;
  const high = Math.ceil(Math.max(100, ...values) / 5) * 5;
  const ticks = Array.from({ length: (high - low) / 5 + 1 }, (_, i) => low + 5 * i);
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={points} margin={{ top: 8, right: 16, bottom: 2, left: 4 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="month" tickFormatter={monthLabel} tick={{ fontSize: 12 }} interval={0} />
        <YAxis domain={[low, high]} ticks={ticks} tickFormatter={percentTick} tick={{ fontSize: 12 }} width={48} />
        <Tooltip
          formatter={(value, name) => [value === null || value === undefined ? "—" : formatPercent(Number(value)), lineLabel(String(name))]}
          labelFormatter={(month) => monthLabel(Number(month))}
        />
        {keys.map((key) => {
          const department = key === DEPARTMENT_KEY;
          const faded = selected !== null && !department && key !== selected;
          return (
            <Line
              key={key}
              dataKey={key}
              name={key}
              stroke={department ? DEPARTMENT_COLOR : unitColor(key)}
              strokeWidth={department ? 2.5 : 1.8}
              strokeDasharray={department ? "6 3" : undefined}
              strokeOpacity={faded ? 0.25 : 1}
              dot={{ r: department ? 0 : 2.5 }}
              connectNulls={false}
              isAnimationActive={false}
            />
          );
        })}
      </LineChart>
    </ResponsiveContainer>
  );
}
