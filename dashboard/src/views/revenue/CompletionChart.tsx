import { Bar, BarChart, CartesianGrid, Cell, LabelList, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { percentTick } from "../../charts/axis.ts";
import { unitColor } from "../../charts/unit-colors.ts";
import { formatPercent } from "../../format/number.ts";
import { TARGET_COLOR } from "./chart-colors.ts";
import type { UnitCompletionBar } from "./shape-completion.ts";

interface Props {
  bars: UnitCompletionBar[];
  selected: string | null;
  unitName: (code: string) => string;
  labels: { completion: string; projected: string; targetLine: string };
  onSelect: (code: string) => void;
}

/** Pure chart: completion per unit as horizontal bars against the 100 % line, projected bar beside mid-year. */
export default function CompletionChart({ bars, selected, unitName, labels, onSelect }: Props) {
  const withProjection = bars.some((bar) => bar.projected !== null);
  const highest = Math.max(100, ...bars.map((b) => b.completion), ...bars.map((b) => b.projected ?? 0));
  const domainMax = Math.ceil(highest / 10) * 10; // the right margin leaves room for the value labels
  const fade = (code: string) => (selected && selected !== code ? 0.3 : 1);
  const names: Record<string, string> = { completion: labels.completion, projected: labels.projected };
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={bars} layout="vertical" margin={{ top: 18, right: 58, bottom: 2, left: 4 }} barCategoryGap="24%" barGap={2}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" domain={[0, domainMax]} tickFormatter={percentTick} tick={{ fontSize: 12 }} />
        <YAxis type="category" dataKey="unitCode" tickFormatter={unitName} tick={{ fontSize: 12 }} width={96} interval={0} />
        <Tooltip
          formatter={(value, name) => [formatPercent(Number(value)), names[String(name)] ?? String(name)]}
          labelFormatter={(code) => unitName(String(code))}
          cursor={{ fill: "#f0f4f8" }}
        />
        <ReferenceLine
          x={100}
          stroke={TARGET_COLOR}
          strokeDasharray="6 3"
          label={{ value: labels.targetLine, position: "top", fontSize: 11, fill: TARGET_COLOR }}
        />
        <Bar
          dataKey="completion"
          name="completion"
          isAnimationActive={false}
          cursor="pointer"
          onClick={(entry) => onSelect(String((entry as { payload?: UnitCompletionBar }).payload?.unitCode ?? ""))}
        >
          {bars.map((bar) => (
            <Cell key={bar.unitCode} fill={unitColor(bar.unitCode)} fillOpacity={fade(bar.unitCode)} />
          ))}
          <LabelList
            dataKey="completion"
            position="right"
            formatter={(value) => formatPercent(Number(value))}
            style={{ fontSize: 11, fill: "#3e4c59" }}
          />
        </Bar>
        {withProjection && (
          <Bar dataKey="projected" name="projected" isAnimationActive={false}>
            {bars.map((bar) => (
              <Cell
                key={bar.unitCode}
                fill={unitColor(bar.unitCode)}
                fillOpacity={0.28 * fade(bar.unitCode)}
                stroke={unitColor(bar.unitCode)}
                strokeDasharray="4 2"
              />
            ))}
            <LabelList
              dataKey="projected"
              position="right"
              formatter={(value) => formatPercent(Number(value))}
              style={{ fontSize: 11, fill: "#7b8794" }}
            />
          </Bar>
        )}
      </BarChart>
    </ResponsiveContainer>
  );
}
