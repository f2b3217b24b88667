import { lazy, useEffect } from "react";
import { useSelectedUnit, useUnits } from "../../../app/use-units.ts";
import { MAX_BAR_UNITS, MAX_RADAR_UNITS } from "../../../charts/chart-limits.ts";
import { ChartCard } from "../../../charts/ChartCard.tsx";
import { ROOMY_UNITS } from "../../../charts/unit-axis.ts";
import { dimensionColor, unitColor } from "../../../charts/unit-colors.ts";
import { commonStrings } from "../../../i18n/common-strings.ts";
import { useStrings } from "../../../i18n/I18nProvider.tsx";
import { assessmentStrings } from "../assessment-strings.ts";
import type { AssessmentResult } from "../assessment-queries.ts";
import { DIMENSION_ORDER, radarDomainMax, resultsToDraw, shapeRadar, shapeTotalsBreakdown } from "../shape-assessment.ts";

// Recharts is only downloaded when a chart first renders, after the ranking table is on screen.
const loadTotalsChart = () => import("./TotalsBreakdownChart.tsx");
const loadRadarChart = () => import("./DimensionRadarChart.tsx");
const TotalsBreakdownChart = lazy(loadTotalsChart);
const DimensionRadarChart = lazy(loadRadarChart);

interface Props {
  results: readonly AssessmentResult[] | undefined;
  loading: boolean;
  error: unknown;
  onRetry: () => void;
}

/** Renderer for the two year-end charts: shapes the ranking's results and picks each chart's state. */
export function AssessmentCharts({ results, loading, error, onRetry }: Props) {
  const t = useStrings(assessmentStrings);
  const common = useStrings(commonStrings);
  const { name } = useUnits();
  // Start fetching Recharts while the ranking query runs, not after it answered.
  useEffect(() => {
    void loadTotalsChart();
    void loadRadarChart();
  }, []);
  // Both charts draw the best-ranked units, the unit picked in the ranking table always among them.
  const { unit: selected } = useSelectedUnit();
  const bars = resultsToDraw(results ?? [], MAX_BAR_UNITS, selected);
  const polygons = resultsToDraw(results ?? [], MAX_RADAR_UNITS, selected);
  const rows = shapeTotalsBreakdown(bars.shown, name);
  const radar = shapeRadar(polygons.shown);
  const units = polygons.shown.map((r) => ({ code: r.unit.code, name: name(r.unit.code) }));
  const dimensionLabel = (d: string) => common.dimensions[d] ?? d;
  const empty = !results || results.length === 0;
  // Upright unit names under many bars take room from the plot: both cards grow alike.
  const height = bars.shown.length > ROOMY_UNITS ? 340 : 280;
  return (
    <div className="grid-2 assessment-charts">
      <ChartCard
        title={t.totalsChart}
        subtitle={t.totalsChartSub}
        legend={DIMENSION_ORDER.map((d) => ({ key: d, label: dimensionLabel(d), color: dimensionColor(d) }))}
        loading={loading}
        error={error}
        onRetry={onRetry}
        empty={empty}
        emptyText={t.noResults}
        height={height}
        unitsShown={{ shown: bars.shown.length, total: bars.total }}
      >
        <TotalsBreakdownChart rows={rows} dimensionLabel={dimensionLabel} axisLabel={common.points} totalLabel={t.total} />
      </ChartCard>
      <ChartCard
        title={t.radarChart}
        subtitle={t.radarChartSub}
        legend={units.map((u) => ({ key: u.code, label: u.name, color: unitColor(u.code) }))}
        loading={loading}
        error={error}
        onRetry={onRetry}
        empty={empty}
        emptyText={t.noResults}
        height={height}
        unitsShown={{ shown: polygons.shown.length, total: polygons.total }}
      >
        <DimensionRadarChart rows={radar} units={units} dimensionLabel={dimensionLabel} domainMax={radarDomainMax(polygons.shown)} />
      </ChartCard>
    </div>
  );
}
