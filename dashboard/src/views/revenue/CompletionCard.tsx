import { lazy } from "react";
import { useUnits } from "../../app/use-units.ts";
import { MAX_BAR_UNITS, limitUnits } from "../../charts/chart-limits.ts";
import { ChartCard, type LegendItem } from "../../charts/ChartCard.tsx";
import { unitRowsHeight } from "../../charts/unit-axis.ts";
import { useStrings } from "../../i18n/I18nProvider.tsx";
import { DEPARTMENT_COLOR, TARGET_COLOR } from "./chart-colors.ts";
import { revenueStrings } from "./revenue-strings.ts";
import { useRevenueProjection } from "./revenue-queries.ts";
import { completionByUnit } from "./shape-completion.ts";

const CompletionChart = lazy(() => import("./CompletionChart.tsx"));

interface Props {
  year: number;
  asOf: string;
  month: number;
  yearOver: boolean;
  selected: string | null;
  onSelect: (code: string) => void;
}

/**
 * Renderer: every unit's completion at the as-of day (the year's completion once it is over,
 * the same figure the assessment scores), with the projected year end beside it mid-year.
 */
export function CompletionCard({ year, asOf, month, yearOver, selected, onSelect }: Props) {
  const t = useStrings(revenueStrings);
  const { name } = useUnits();
  const { data, loading, error, refetch } = useRevenueProjection(year, asOf);
  const midYear = !(yearOver && month === 12);
  const ranked = completionByUnit(
    (data?.revenueProjection ?? []).map((row) => ({
      unit: row.unit,
      revenueActual: row.revenueToDate,
      revenueTarget: row.revenueTarget,
      completionRate: row.completionToDate,
      projectedCompletion: midYear ? row.projectedCompletion : null,
    })),
  );
  // Best completion first (completionByUnit's order); the picked unit stays in view.
  const drawn = limitUnits(ranked, MAX_BAR_UNITS, (bar) => bar.unitCode, selected);
  const bars = drawn.shown;
  const legend: LegendItem[] = [
    { key: "completion", label: t.completionToDate, color: DEPARTMENT_COLOR },
    ...(midYear ? [{ key: "projected", label: t.projectedCompletion, color: `${DEPARTMENT_COLOR}55` }] : []),
    { key: "target", label: t.targetLine, color: TARGET_COLOR },
  ];
  return (
    <ChartCard
      title={t.completionTitle}
      subtitle={t.completionSub(month, yearOver)}
      legend={legend}
      loading={loading && !data}
      error={error}
      onRetry={() => void refetch()}
      empty={bars.length === 0}
      emptyText={t.noData}
      height={midYear ? unitRowsHeight(bars.length, 56, 32) : unitRowsHeight(bars.length, 44)}
      testId="completion-chart"
      unitsShown={{ shown: bars.length, total: drawn.total }}
    >
      <CompletionChart
        bars={bars}
        selected={selected}
        unitName={name}
        labels={{ completion: t.completionToDate, projected: t.projectedCompletion, targetLine: t.targetLine }}
        onSelect={onSelect}
      />
    </ChartCard>
  );
}
