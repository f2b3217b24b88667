import { Bar, BarChart, CartesianGrid, Cell, LabelList, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { wanTick, wanTooltip } from "../../charts/axis.ts";
import { formatPercent } from "../../format/number.ts";
import { OVERSPEND_COLOR, SAVING_COLOR } from "./chart-colors.ts";
import type { CostVsBudgetRow } from "./shape-cost-vs-budget.ts";
import { symmetricAxis } from "./symmetric-axis.ts";

interface Props {
  rows: CostVsBudgetRow[];
  selected: string | null;
  unitName: (code: string) => string;
  labels: { saving: string; overspend: string; wan: string; used: (percent: string) => string; repairLine: (value: string) => string };
  onSelect: (code: string) => void;
}

/** Pure chart: budget − costs per unit, to the right when saved (green), to the left when overspent (red). */
export default function SavingsChart({ rows, selected, unitName, labels, onSelect }: Props) {
  const axis = symmetricAxis(rows.map((row) => row.saving));
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={rows} layout="vertical" margin={{ top: 8, right: 64, bottom: 2, left: 4 }} barCategoryGap="28%">
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" domain={[-axis.limit, axis.limit]} ticks={axis.ticks} tickFormatter={wanTick} tick={{ fontSize: 12 }} />
        <YAxis type="category" dataKey="unitCode" tickFormatter={unitName} tick={{ fontSize: 12 }} width={96} interval={0} />
        <ReferenceLine x={0} stroke="#52606d" />
        <Tooltip
          cursor={{ fill: "#f0f4f8" }}
          labelFormatter={(code) => unitName(String(code))}
          formatter={(value, _name, item) => {
            const row = (item as { payload?: CostVsBudgetRow }).payload;
            const amount = Number(value);
            const lines = [`${wanTooltip(Math.abs(amount))} ${labels.wan}`];
            if (row)
              lines.push(
                labels.used(formatPercent(row.usedPercent)),
                labels.repairLine(`${row.repairSaving < 0 ? "−" : ""}${wanTooltip(Math.abs(row.repairSaving))}`),
              );
            return [lines.join(" · "), amount >= 0 ? labels.saving : labels.overspend];
          }}
        />
        <Bar
          dataKey="saving"
          isAnimationActive={false}
          cursor="pointer"
          onClick={(entry) => onSelect(String((entry as { payload?: CostVsBudgetRow }).payload?.unitCode ?? ""))}
        >
          {rows.map((row) => (
            <Cell
              key={row.unitCode}
              fill={row.saving >= 0 ? SAVING_COLOR : OVERSPEND_COLOR}
              fillOpacity={selected && selected !== row.unitCode ? 0.3 : 0.9}
            />
          ))}
          <LabelList
            dataKey="usedPercent"
            position="right"
            formatter={(value) => formatPercent(Number(value))}
            style={{ fontSize: 11, fill: "#52606d" }}
          />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
