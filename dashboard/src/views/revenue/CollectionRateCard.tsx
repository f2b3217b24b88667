import { lazy } from "react";
import { useUnitScope, useUnits } from "../../app/use-units.ts";
import { ChartCard, type LegendItem } from "../../charts/ChartCard.tsx";
import { unitColor } from "../../charts/unit-colors.ts";
import { formatMonth } from "../../format/date.ts";
import { useLang, useStrings } from "../../i18n/I18nProvider.tsx";
import { DEPARTMENT_COLOR } from "./chart-colors.ts";
import { revenueStrings } from "./revenue-strings.ts";
import { useCollectionByMonth } from "./revenue-queries.ts";
import { collectionChartPoints, DEPARTMENT_KEY } from "./shape-collection.ts";

const CollectionRateChart = lazy(() => import("./CollectionRateChart.tsx"));

/**
 * Renderer: §9's 收缴率 month by month, a line per unit against the department's (dashed). A
 * station head reading an open year sees their own unit's line only. The picked unit stands out.
 */
export function CollectionRateCard({ year, selected }: { year: number; selected: string | null }) {
  const t = useStrings(revenueStrings);
  const { lang } = useLang();
  const { name } = useUnits();
  const { limited } = useUnitScope();
  const { data, loading, error, refetch } = useCollectionByMonth(year);
  const series = data?.collectionByMonth ?? [];
  const { points, keys } = collectionChartPoints(series, !limited);
  const lineLabel = (key: string) => (key === DEPARTMENT_KEY ? t.collectionDepartment : name(key));
  const legend: LegendItem[] = keys.map((key) => ({ key, label: lineLabel(key), color: key === DEPARTMENT_KEY ? DEPARTMENT_COLOR : unitColor(key) }));
  const hasRegister = series.some((s) => s.months.some((m) => m.hasRegister));
  return (
    <ChartCard
      title={t.collectionTitle}
      subtitle={t.collectionSub}
      legend={legend}
      loading={loading && !data}
      error={error}
      onRetry={() => void refetch()}
      empty={!hasRegister}
      emptyText={t.collectionNoData}
      height={320}
      testId="collection-chart"
    >
      <CollectionRateChart points={points} keys={keys} selected={selected} lineLabel={lineLabel} monthLabel={(m) => formatMonth(m, lang)} />
    </ChartCard>
  );
}
