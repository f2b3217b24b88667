import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { wanTick, wanTooltip } from "../../charts/axis.ts";
import { PACE_COLOR, TARGET_COLOR } from "./chart-colors.ts";
import type { CumulativeRevenuePoint } from "./shape-cumulative-revenue.ts";

export interface CumulativeLabels {
  actual: string;
  target: string;
  pace: string;
  projection: string;
  wan: string;
}

interface Props {
  points: CumulativeRevenuePoint[];
  color: string;
  labels: CumulativeLabels;
  monthLabel: (month: number) => string;
  /** Small multiple: fewer ticks, thinner lines, no axis title. */
  compact?: boolean;
}

/** Pure chart: cumulative revenue (solid), projection (dashed), target (flat) and even pace (dotted). */
export default function CumulativeRevenueChart({ points, color, labels, monthLabel, compact = false }: Props) {
  const names: Record<string, string> = { actual: labels.actual, projection: labels.projection, target: labels.target, pace: labels.pace };
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={points} margin={{ top: 8, right: 14, bottom: 2, left: compact ? 0 : 6 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="month" tickFormatter={monthLabel} tick={{ fontSize: compact ? 11 : 12 }} interval={compact ? 2 : 0} />
        <YAxis
          tickFormatter={wanTick}
          tick={{ fontSize: compact ? 11 : 12 }}
          width={compact ? 44 : 60}
          domain={[0, "auto"]}
          label={compact ? undefined : { value: labels.wan, angle: -90, position: "insideLeft", fontSize: 12, offset: 4 }}
        />
        <Tooltip
          formatter={(value, name) => [value == null ? "—" : `${wanTooltip(Number(value))} ${labels.wan}`, names[String(name)] ?? String(name)]}
          labelFormatter={(month) => monthLabel(Number(month))}
        />
        <Line dataKey="target" name="target" stroke={TARGET_COLOR} strokeDasharray="8 4" strokeWidth={1.5} dot={false} isAnimationActive={false} />
        <Line dataKey="pace" name="pace" stroke={PACE_COLOR} strokeDasharray="3 3" strokeWidth={1.5} dot={false} isAnimationActive={false} />
        <Line
          dataKey="projection"
          name="projection"
          stroke={color}
          strokeDasharray="6 4"
          strokeWidth={compact ? 1.5 : 2}
          dot={false}
          connectNulls={false}
          isAnimationActive={false}
        />
        <Line
          dataKey="actual"
          name="actual"
          stroke={color}
          strokeWidth={compact ? 2 : 2.5}
          dot={{ r: compact ? 1.5 : 3 }}
          activeDot={{ r: 5 }}
          connectNulls={false}
          isAnimationActive={false}
        />
      </LineChart>
    </ResponsiveContainer>
  );
}
