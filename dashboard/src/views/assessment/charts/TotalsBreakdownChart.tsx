import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { dimensionColor } from "../../../charts/unit-colors.ts";
import { unitCategoryAxis } from "../../../charts/unit-axis.ts";
import { formatScore } from "../../../format/number.ts";
import { DIMENSION_ORDER, type TotalsBreakdownRow } from "../shape-assessment.ts";

interface Props {
  rows: TotalsBreakdownRow[];
  dimensionLabel: (dimension: string) => string;
  axisLabel: string;
  totalLabel: string;
}

/** Pure chart: one stacked bar per unit, a segment per dimension's weighted contribution. */
export default function TotalsBreakdownChart({ rows, dimensionLabel, axisLabel, totalLabel }: Props) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={rows} margin={{ top: 8, right: 12, bottom: 4, left: 4 }} barCategoryGap="28%">
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="name" {...unitCategoryAxis(rows.length)} />
        <YAxis tick={{ fontSize: 12 }} width={48} label={{ value: axisLabel, angle: -90, position: "insideLeft", fontSize: 12, offset: 8 }} />
        <Tooltip
          formatter={(value, name) => [formatScore(Number(value)), dimensionLabel(String(name))]}
          labelFormatter={(label, payload) => {
            const total = payload?.[0]?.payload?.total;
            return typeof total === "number" ? `${label} · ${totalLabel} ${formatScore(total)}` : String(label);
          }}
        />
        {DIMENSION_ORDER.map((dimension) => (
          <Bar key={dimension} dataKey={dimension} name={dimension} stackId="total" fill={dimensionColor(dimension)} isAnimationActive={false} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
