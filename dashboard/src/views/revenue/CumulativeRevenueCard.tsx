import { lazy } from "react";
import { ChartCard, type LegendItem } from "../../charts/ChartCard.tsx";
import { unitColor } from "../../charts/unit-colors.ts";
import { formatMonth } from "../../format/date.ts";
import { useLang, useStrings } from "../../i18n/I18nProvider.tsx";
import { DEPARTMENT_COLOR, PACE_COLOR, TARGET_COLOR } from "./chart-colors.ts";
import { revenueStrings } from "./revenue-strings.ts";
import { useRevenueMonthly, useRevenueProjection } from "./revenue-queries.ts";
import { cumulativeRevenueFor } from "./shape-cumulative-revenue.ts";

const CumulativeRevenueChart = lazy(() => import("./CumulativeRevenueChart.tsx"));

interface Props {
  year: number;
  asOf: string;
  /** Last month whose remittances count. */
  month: number;
  /** One unit, or null for the whole department. */
  unitCode: string | null;
  title: string;
  compact?: boolean;
  height?: number;
  /** Small multiples share one legend above them. */
  showLegend?: boolean;
}

/** Renderer: a unit's (or the department's) monthly remittances and projection → the cumulative chart. */
export function CumulativeRevenueCard({ year, asOf, month, unitCode, title, compact, height, showLegend = true }: Props) {
  const t = useStrings(revenueStrings);
  const { lang } = useLang();
  const monthly = useRevenueMonthly(year);
  const projection = useRevenueProjection(year, asOf);
  const points = cumulativeRevenueFor(monthly.data?.monthlyTotals ?? [], projection.data?.revenueProjection ?? [], unitCode, month);
  const color = unitCode === null ? DEPARTMENT_COLOR : unitColor(unitCode);
  const labels = { actual: t.actual, target: t.target, pace: t.pace, projection: t.projection, wan: t.wan };
  const hasProjection = points.some((p) => p.projection !== null);
  const legend: LegendItem[] = [
    { key: "actual", label: t.actual, color },
    ...(hasProjection ? [{ key: "projection", label: t.projection, color: `${color}88` }] : []),
    { key: "target", label: t.target, color: TARGET_COLOR },
    { key: "pace", label: t.pace, color: PACE_COLOR },
  ];
  const error = monthly.error ?? projection.error;
  return (
    <ChartCard
      title={title}
      subtitle={compact ? undefined : t.cumulativeSub}
      legend={showLegend ? legend : undefined}
      loading={(monthly.loading && !monthly.data) || (projection.loading && !projection.data)}
      error={error}
      onRetry={() => {
        void monthly.refetch();
        void projection.refetch();
      }}
      empty={points.length === 0}
      emptyText={t.noData}
      height={height ?? (compact ? 190 : 320)}
      testId={unitCode === null ? "cumulative-department" : `cumulative-${unitCode}`}
    >
      <CumulativeRevenueChart points={points} color={color} labels={labels} monthLabel={(m) => formatMonth(m, lang)} compact={compact} />
    </ChartCard>
  );
}
