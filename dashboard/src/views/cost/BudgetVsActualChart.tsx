import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { wanTick, wanTooltip } from "../../charts/axis.ts";
import { ROOMY_UNITS, unitCategoryAxis } from "../../charts/unit-axis.ts";
import { COST_COLORS } from "./chart-colors.ts";
import type { CostVsBudgetRow } from "./shape-cost-vs-budget.ts";

type SeriesKey = keyof typeof COST_COLORS;

interface Props {
  rows: CostVsBudgetRow[];
  selected: string | null;
  unitName: (code: string) => string;
  seriesLabel: (key: SeriesKey) => string;
  wanLabel: string;
  onSelect: (code: string) => void;
}

const SERIES: { key: SeriesKey; stack: "budget" | "spent" }[] = [
  { key: "repairBudget", stack: "budget" },
  { key: "baseExpense", stack: "budget" },
  { key: "repairCost", stack: "spent" },
  { key: "otherCost", stack: "spent" },
];

/** Pure chart: per unit a budget bar (repair budget + base expense) beside a costs bar (repair + other). */
export default function BudgetVsActualChart({ rows, selected, unitName, seriesLabel, wanLabel, onSelect }: Props) {
  // Two bars per unit: with many units they need every pixel of their slot to stay visible.
  const crowded = rows.length > ROOMY_UNITS;
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart
        data={rows}
        margin={{ top: 8, right: 12, bottom: 2, left: 6 }}
        barCategoryGap={crowded ? "12%" : "22%"}
        barGap={crowded ? 1 : 3}
        onClick={(state) => state?.activeLabel && onSelect(String(state.activeLabel))}
      >
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="unitCode" {...unitCategoryAxis(rows.length, unitName)} />
        <YAxis
          tickFormatter={wanTick}
          tick={{ fontSize: 12 }}
          width={56}
          label={{ value: wanLabel, angle: -90, position: "insideLeft", fontSize: 12, offset: 4 }}
        />
        <Tooltip
          cursor={{ fill: "#f0f4f8" }}
          formatter={(value, name) => [`${wanTooltip(Number(value))} ${wanLabel}`, seriesLabel(name as SeriesKey)]}
          labelFormatter={(code) => unitName(String(code))}
        />
        {SERIES.map(({ key, stack }) => (
          <Bar key={key} dataKey={key} name={key} stackId={stack} fill={COST_COLORS[key]} isAnimationActive={false} cursor="pointer">
            {/* A picked unit stays vivid; the others step back without disappearing. */}
            {rows.map((row) => (
              <Cell key={row.unitCode} fill={COST_COLORS[key]} fillOpacity={selected && selected !== row.unitCode ? 0.3 : 1} />
            ))}
          </Bar>
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}
