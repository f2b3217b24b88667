import { lazy } from "react";
import { useUnits } from "../../app/use-units.ts";
import { MAX_LINE_UNITS, limitUnits } from "../../charts/chart-limits.ts";
import { ChartCard, type LegendItem } from "../../charts/ChartCard.tsx";
import { unitColor } from "../../charts/unit-colors.ts";
import { formatMonth } from "../../format/date.ts";
import { useLang, useStrings } from "../../i18n/I18nProvider.tsx";
import { DEPARTMENT_COLOR } from "./chart-colors.ts";
import { useCollection } from "./collection-queries.ts";
import { revenueStrings } from "./revenue-strings.ts";
import { collectionChartRows, hasAnyRate } from "./shape-collection.ts";

const CollectionRateChart = lazy(() => import("./CollectionRateChart.tsx"));

/** Renderer: 收缴率 month by month per unit against the department's (§9); the picked unit stands out. */
export function CollectionCard({ year, selected }: { year: number; selected: string | null }) {
  const t = useStrings(revenueStrings);
  const { lang } = useLang();
  const { name } = useUnits();
  const { data, loading, error, refetch } = useCollection(year);
  const series = data?.collectionByMonth ?? [];
  const codes = series.flatMap((line) => (line.unit ? [line.unit.code] : []));
  const drawn = limitUnits(codes, MAX_LINE_UNITS, (code) => code, selected);
  const legend: LegendItem[] = [
    ...drawn.shown.map((code) => ({ key: code, label: name(code), color: unitColor(code) })),
    { key: "department", label: t.collectionDepartment, color: DEPARTMENT_COLOR },
  ];
  return (
    <ChartCard
      title={t.collectionTitle}
      subtitle={t.collectionSub}
      legend={legend}
      loading={loading && !data}
      error={error}
      onRetry={() => void refetch()}
      empty={!hasAnyRate(series)}
      emptyText={t.collectionEmpty}
      height={320}
      testId="collection-chart"
      unitsShown={{ shown: drawn.shown.length, total: drawn.total }}
    >
      <CollectionRateChart
        rows={collectionChartRows(series, drawn.shown)}
        unitCodes={drawn.shown}
        unitName={name}
        monthLabel={(m) => formatMonth(m, lang)}
        departmentLabel={t.collectionDepartment}
        selected={selected}
      />
    </ChartCard>
  );
}
