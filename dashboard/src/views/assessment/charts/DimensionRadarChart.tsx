import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer, Tooltip } from "recharts";
import { unitColor } from "../../../charts/unit-colors.ts";
import { formatScore } from "../../../format/number.ts";
import type { RadarRow } from "../shape-assessment.ts";

interface Props {
  rows: RadarRow[];
  units: { code: string; name: string }[];
  dimensionLabel: (dimension: string) => string;
  domainMax: number;
}

/** Pure chart: the units' four dimension scores on one radar, in the units' colours. */
export default function DimensionRadarChart({ rows, units, dimensionLabel, domainMax }: Props) {
  return (
    <ResponsiveContainer width="100%" height="100%">
      <RadarChart data={rows} outerRadius="76%">
        <PolarGrid />
        <PolarAngleAxis dataKey="dimension" tickFormatter={dimensionLabel} tick={{ fontSize: 12 }} />
        <PolarRadiusAxis domain={[0, domainMax]} tick={{ fontSize: 10 }} angle={45} tickCount={4} />
        <Tooltip
          labelFormatter={(label) => dimensionLabel(String(label))}
          formatter={(value, name) => [formatScore(value === null ? null : Number(value)), String(name)]}
        />
        {units.map((unit) => (
          <Radar
            key={unit.code}
            dataKey={unit.code}
            name={unit.name}
            stroke={unitColor(unit.code)}
            fill={unitColor(unit.code)}
            fillOpacity={0.08}
            strokeWidth={2}
            isAnimationActive={false}
          />
        ))}
      </RadarChart>
    </ResponsiveContainer>
  );
}
