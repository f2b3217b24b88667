import { lazy } from "react";
import { useUnits } from "../../app/use-units.ts";
import { MAX_BAR_UNITS, limitUnits } from "../../charts/chart-limits.ts";
import { ChartCard } from "../../charts/ChartCard.tsx";
import { ROOMY_UNITS } from "../../charts/unit-axis.ts";
import { useStrings } from "../../i18n/I18nProvider.tsx";
import { COST_COLORS } from "./chart-colors.ts";
import { costStrings } from "./cost-strings.ts";
import { useCostYear } from "./cost-queries.ts";
import { bySpending, costVsBudget } from "./shape-cost-vs-budget.ts";

const BudgetVsActualChart = lazy(() => import("./BudgetVsActualChart.tsx"));

/** Renderer: budgets from the contracts against counted costs from the year totals, per unit. */
export function BudgetVsActualCard({ year, selected, onSelect }: { year: number; selected: string | null; onSelect: (code: string) => void }) {
  const t = useStrings(costStrings);
  const { name } = useUnits();
  const { data, loading, error, refetch } = useCostYear(year);
  // The largest spenders first; the picked unit stays in view. The cost table lists every unit.
  const drawn = limitUnits(data ? bySpending(costVsBudget(data.contracts, data.yearTotals)) : [], MAX_BAR_UNITS, (row) => row.unitCode, selected);
  const rows = drawn.shown;
  // Upright unit names under many bars take room from the plot.
  const height = rows.length > ROOMY_UNITS ? 360 : 300;
  const labels: Record<keyof typeof COST_COLORS, string> = {
    repairBudget: t.repairBudget,
    baseExpense: t.baseExpense,
    repairCost: t.repairCost,
    otherCost: t.otherCost,
  };
  return (
    <ChartCard
      title={t.budgetTitle}
      subtitle={t.budgetSub}
      legend={(Object.keys(COST_COLORS) as (keyof typeof COST_COLORS)[]).map((key) => ({ key, label: labels[key], color: COST_COLORS[key] }))}
      loading={loading && !data}
      error={error}
      onRetry={() => void refetch()}
      empty={rows.length === 0}
      emptyText={t.noData}
      height={height}
      unitsShown={{ shown: rows.length, total: drawn.total }}
    >
      <BudgetVsActualChart rows={rows} selected={selected} unitName={name} seriesLabel={(key) => labels[key]} wanLabel={t.wan} onSelect={onSelect} />
    </ChartCard>
  );
}
