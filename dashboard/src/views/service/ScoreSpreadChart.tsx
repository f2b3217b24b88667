import { Bar, CartesianGrid, ComposedChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { unitCategoryAxis } from "../../charts/unit-axis.ts";
import { unitColor } from "../../charts/unit-colors.ts";
import type { ScoreSpread } from "./shape-committee-spread.ts";

interface Props {
  spreads: ScoreSpread[];
  domain: [number, number];
  selected: string | null;
  unitName: (code: string) => string;
  tooltipLabels: Record<string, string>;
}

interface ShapeProps {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  payload?: ScoreSpread;
  selected: string | null;
}

/**
 * A box plot drawn on a floating bar from min to max: the bar's own rectangle gives the pixel
 * scale (its top is the highest score, its bottom the lowest), so the box, median and dots are
 * placed by interpolating inside it without reaching into the chart's scales.
 */
function BoxShape({ x = 0, y = 0, width = 0, height = 0, payload, selected }: ShapeProps) {
  if (!payload) return null;
  const { min, max, q1, median, q3, scores, unitCode } = payload;
  const span = max - min;
  const at = (value: number) => (span === 0 ? y + height / 2 : y + (height * (max - value)) / span);
  const color = unitColor(unitCode);
  const opacity = selected && selected !== unitCode ? 0.3 : 1;
  const mid = x + width / 2;
  const boxWidth = Math.min(width, 46);
  const cap = boxWidth / 2;
  return (
    <g opacity={opacity}>
      <line x1={mid} x2={mid} y1={at(max)} y2={at(min)} stroke={color} strokeWidth={1.5} />
      <line x1={mid - cap / 2} x2={mid + cap / 2} y1={at(max)} y2={at(max)} stroke={color} strokeWidth={1.5} />
      <line x1={mid - cap / 2} x2={mid + cap / 2} y1={at(min)} y2={at(min)} stroke={color} strokeWidth={1.5} />
      <rect
        x={mid - boxWidth / 2}
        y={at(q3)}
        width={boxWidth}
        height={Math.max(1, at(q1) - at(q3))}
        fill={color}
        fillOpacity={0.18}
        stroke={color}
        strokeWidth={1.5}
        rx={2}
      />
      <line x1={mid - boxWidth / 2} x2={mid + boxWidth / 2} y1={at(median)} y2={at(median)} stroke={color} strokeWidth={2.5} />
      {scores.map((score, i) => (
        // Dots to the right of the box, nudged apart so equal scores stay countable.
        // biome-ignore lint/suspicious/noArrayIndexKey: equal scores are distinct dots; their position is their identity
        <circle key={i} cx={mid + boxWidth / 2 + 8 + (i % 2) * 5} cy={at(score)} r={2.6} fill="#fff" stroke={color} strokeWidth={1.3} />
      ))}
    </g>
  );
}

/** Pure chart: per unit the spread of the committee's scores on one dimension. */
export default function ScoreSpreadChart({ spreads, domain, selected, unitName, tooltipLabels }: Props) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <ComposedChart data={spreads} margin={{ top: 10, right: 12, bottom: 2, left: 0 }} barCategoryGap="30%">
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="unitCode" {...unitCategoryAxis(spreads.length, unitName)} />
        <YAxis domain={domain} tick={{ fontSize: 12 }} width={36} allowDataOverflow />
        <Tooltip
          cursor={{ fill: "#f0f4f8" }}
          content={({ active, payload }) => {
            const spread = active ? (payload?.[0]?.payload as ScoreSpread | undefined) : undefined;
            if (!spread) return null;
            const rows: [string, string][] = [
              [tooltipLabels.count, String(spread.count)],
              [tooltipLabels.max, spread.max.toFixed(2)],
              [tooltipLabels.q3, spread.q3.toFixed(2)],
              [tooltipLabels.median, spread.median.toFixed(2)],
              [tooltipLabels.q1, spread.q1.toFixed(2)],
              [tooltipLabels.min, spread.min.toFixed(2)],
              [tooltipLabels.mean, spread.mean.toFixed(2)],
            ];
            return (
              <div className="spread-tooltip">
                <strong>{unitName(spread.unitCode)}</strong>
                <table>
                  <tbody>
                    {rows.map(([label, value]) => (
                      <tr key={label}>
                        <td>{label}</td>
                        <td className="num">{value}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            );
          }}
        />
        <Bar dataKey="whisker" isAnimationActive={false} shape={(props: unknown) => <BoxShape {...(props as ShapeProps)} selected={selected} />} />
      </ComposedChart>
    </ResponsiveContainer>
  );
}
