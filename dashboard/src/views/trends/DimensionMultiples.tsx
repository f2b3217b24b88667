import { lazy } from "react";
import { useUnits } from "../../app/use-units.ts";
import { MAX_LINE_UNITS } from "../../charts/chart-limits.ts";
import { ChartCard } from "../../charts/ChartCard.tsx";
import { dimensionColor, unitColor } from "../../charts/unit-colors.ts";
import { formatScore } from "../../format/number.ts";
import { commonStrings } from "../../i18n/common-strings.ts";
import { useStrings } from "../../i18n/I18nProvider.tsx";
import { dimensionMultiples } from "./shape-dimension-multiples.ts";
import { limitTrendSeries } from "./shape-trend-series.ts";
import { trendsStrings } from "./trends-strings.ts";
import { useTrends } from "./trends-queries.ts";

const TrendLinesChart = lazy(() => import("./TrendLinesChart.tsx"));

interface Props {
  years: readonly number[];
  selectedUnit: string | null;
  selectedYear: number | null;
}

/** Renderer: one small chart per dimension, all on the same scale, units as lines. */
export function DimensionMultiples({ years, selectedUnit, selectedYear }: Props) {
  const t = useStrings(trendsStrings);
  const common = useStrings(commonStrings);
  const { name } = useUnits();
  const { data, loading, error, refetch } = useTrends(years);
  // Each panel draws the units of the total and rank charts above (the first MAX_LINE_UNITS by the
  // latest rank, the picked unit kept), so the shared legend lists exactly the lines drawn.
  const panels = dimensionMultiples(data?.trends ?? []).map((panel) => ({ ...panel, ...limitTrendSeries(panel, MAX_LINE_UNITS, selectedUnit) }));
  const units = panels[0]?.units ?? [];
  return (
    <section className="trends-multiples">
      <div className="card-head">
        <div>
          <h2>{t.dimensionsTitle}</h2>
          <div className="muted">{t.dimensionsSub}</div>
        </div>
        <ul className="legend">
          {units.map((u) => (
            <li key={u.code}>
              <span className="swatch" style={{ background: unitColor(u.code) }} />
              {name(u.code)}
            </li>
          ))}
        </ul>
      </div>
      <div className="multiples-grid">
        {panels.map((panel) => (
          <div key={panel.dimension} className="multiple" style={{ borderTopColor: dimensionColor(panel.dimension) }}>
            <ChartCard
              title={common.dimensions[panel.dimension]}
              subtitle={common.dimensionsLong[panel.dimension]}
              loading={loading && !data}
              error={error}
              onRetry={() => void refetch()}
              empty={panel.rows.length === 0}
              emptyText={t.noData}
              height={200}
              scopeNote={false}
              unitsShown={{ shown: panel.units.length, total: panel.total }}
            >
              <TrendLinesChart
                rows={panel.rows}
                units={panel.units}
                unitName={name}
                formatValue={formatScore}
                domain={panel.domain}
                ticks={panel.ticks}
                selectedUnit={selectedUnit}
                selectedYear={selectedYear}
                compact
              />
            </ChartCard>
          </div>
        ))}
      </div>
    </section>
  );
}
