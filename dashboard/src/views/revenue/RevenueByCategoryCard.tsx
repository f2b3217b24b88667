import { lazy } from "react";
import { ChartCard } from "../../charts/ChartCard.tsx";
import { formatMonth } from "../../format/date.ts";
import { formatPercent } from "../../format/number.ts";
import { useLang, useStrings } from "../../i18n/I18nProvider.tsx";
import { CATEGORY_COLORS } from "./chart-colors.ts";
import { revenueStrings } from "./revenue-strings.ts";
import { useRevenueMonthly } from "./revenue-queries.ts";
import { categoryShares, REVENUE_CATEGORIES, revenueByCategorySeries } from "./shape-revenue-by-category.ts";

const RevenueByCategoryChart = lazy(() => import("./RevenueByCategoryChart.tsx"));

/** Renderer: the year's remittances per month by category, for one unit or the department. */
export function RevenueByCategoryCard({
  year,
  month,
  unitCode,
  unitName,
}: {
  year: number;
  month: number;
  unitCode: string | null;
  unitName: string;
}) {
  const t = useStrings(revenueStrings);
  const { lang } = useLang();
  const { data, loading, error, refetch } = useRevenueMonthly(year);
  const rows = (data?.monthlyTotals ?? []).filter((row) => unitCode === null || row.unit.code === unitCode);
  const points = revenueByCategorySeries(rows, month);
  const shares = categoryShares(rows, month);
  return (
    <ChartCard
      title={t.categoryTitle(unitName)}
      subtitle={t.categorySub}
      legend={REVENUE_CATEGORIES.map((key) => ({
        key,
        // The year's share beside each name once there is something to share out.
        label: rows.length === 0 ? t.categories[key] : t.categoryShare(t.categories[key], formatPercent(shares[key], 1)),
        color: CATEGORY_COLORS[key],
      }))}
      loading={loading && !data}
      error={error}
      onRetry={() => void refetch()}
      empty={rows.length === 0}
      emptyText={t.noData}
      height={300}
      testId="revenue-by-category"
    >
      <RevenueByCategoryChart
        points={points}
        categoryLabel={(key) => t.categories[key] ?? key}
        monthLabel={(m) => formatMonth(m, lang)}
        totalLabel={t.monthTotal}
        wanLabel={t.wan}
      />
    </ChartCard>
  );
}
