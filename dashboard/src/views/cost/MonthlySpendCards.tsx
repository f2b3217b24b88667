import { lazy } from "react";
import { ChartCard } from "../../charts/ChartCard.tsx";
import { unitColor } from "../../charts/unit-colors.ts";
import { formatMonth } from "../../format/date.ts";
import { useLang, useStrings } from "../../i18n/I18nProvider.tsx";
import { BUDGET_LINE_COLOR, COST_COLORS, DEPARTMENT_COLOR, PACE_COLOR } from "./chart-colors.ts";
import { costStrings } from "./cost-strings.ts";
import { useCostMonthly, useCostYear } from "./cost-queries.ts";
import { monthlySpendFor } from "./shape-monthly-spend.ts";

const MonthlySpendChart = lazy(() => import("./MonthlySpendChart.tsx"));
const CumulativeSpendChart = lazy(() => import("./CumulativeSpendChart.tsx"));

/**
 * Renderer for the two monthly charts of one unit or the department: costs per month, and the
 * running total against the budget. One shaped series feeds both.
 */
export function MonthlySpendCards({ year, unitCode, scopeName }: { year: number; unitCode: string | null; scopeName: string }) {
  const t = useStrings(costStrings);
  const { lang } = useLang();
  const monthly = useCostMonthly(year);
  const budgets = useCostYear(year);
  const points = monthly.data && budgets.data ? monthlySpendFor(monthly.data.monthlyTotals, budgets.data.contracts, unitCode) : [];
  const empty = points.every((p) => p.repairCost === 0 && p.otherCost === 0) && points.every((p) => p.budget === null);
  const loading = (monthly.loading && !monthly.data) || (budgets.loading && !budgets.data);
  const error = monthly.error ?? budgets.error;
  const retry = () => {
    void monthly.refetch();
    void budgets.refetch();
  };
  const monthLabel = (m: number) => formatMonth(m, lang);
  const color = unitCode === null ? DEPARTMENT_COLOR : unitColor(unitCode);
  return (
    <div className="grid-2 cost-row">
      <ChartCard
        title={t.monthlyTitle(scopeName)}
        subtitle={t.monthlySub}
        legend={[
          { key: "repairCost", label: t.repairCost, color: COST_COLORS.repairCost },
          { key: "otherCost", label: t.otherCost, color: COST_COLORS.otherCost },
        ]}
        loading={loading}
        error={error}
        onRetry={retry}
        empty={empty}
        emptyText={t.noData}
      >
        <MonthlySpendChart
          points={points}
          labels={{ repairCost: t.repairCost, otherCost: t.otherCost, total: t.monthTotal, wan: t.wan }}
          monthLabel={monthLabel}
        />
      </ChartCard>
      <ChartCard
        title={t.cumulativeTitle(scopeName)}
        subtitle={t.cumulativeSub}
        legend={[
          { key: "cumulative", label: t.cumulative, color },
          { key: "budget", label: t.budgetLine, color: BUDGET_LINE_COLOR },
          { key: "budgetPace", label: t.budgetPace, color: PACE_COLOR },
        ]}
        loading={loading}
        error={error}
        onRetry={retry}
        empty={empty}
        emptyText={t.noData}
      >
        <CumulativeSpendChart
          points={points}
          color={color}
          labels={{ cumulative: t.cumulative, budgetPace: t.budgetPace, budget: t.budgetLine, wan: t.wan }}
          monthLabel={monthLabel}
        />
      </ChartCard>
    </div>
  );
}
