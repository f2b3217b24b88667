import { lazy } from "react";
import { useUnits } from "../../app/use-units.ts";
import { MAX_BAR_UNITS, limitUnits } from "../../charts/chart-limits.ts";
import { ChartCard } from "../../charts/ChartCard.tsx";
import { unitRowsHeight } from "../../charts/unit-axis.ts";
import { useStrings } from "../../i18n/I18nProvider.tsx";
import { OVERSPEND_COLOR, SAVING_COLOR } from "./chart-colors.ts";
import { costStrings } from "./cost-strings.ts";
import { useCostYear } from "./cost-queries.ts";
import { byBudgetUsed, costVsBudget } from "./shape-cost-vs-budget.ts";

const SavingsChart = lazy(() => import("./SavingsChart.tsx"));

/** Renderer: each unit's saving or overspend against its whole budget, labelled with the share used. */
export function SavingsCard({ year, selected, onSelect }: { year: number; selected: string | null; onSelect: (code: string) => void }) {
  const t = useStrings(costStrings);
  const { name } = useUnits();
  const { data, loading, error, refetch } = useCostYear(year);
  const assessed = data ? costVsBudget(data.contracts, data.yearTotals).filter((row) => row.usedPercent !== null) : [];
  // The largest share of the budget used first (overspending units lead); the picked unit stays in view.
  const drawn = limitUnits(byBudgetUsed(assessed), MAX_BAR_UNITS, (row) => row.unitCode, selected);
  const rows = drawn.shown;
  return (
    <ChartCard
      title={t.savingTitle}
      subtitle={t.savingSub}
      legend={[
        { key: "saving", label: t.saving, color: SAVING_COLOR },
        { key: "overspend", label: t.overspend, color: OVERSPEND_COLOR },
      ]}
      loading={loading && !data}
      error={error}
      onRetry={() => void refetch()}
      empty={rows.length === 0}
      emptyText={t.noData}
      height={unitRowsHeight(rows.length, 52, 22, 300)}
      unitsShown={{ shown: rows.length, total: drawn.total }}
    >
      <SavingsChart
        rows={rows}
        selected={selected}
        unitName={name}
        labels={{ saving: t.saving, overspend: t.overspend, wan: t.wan, used: t.used, repairLine: t.repairSavingLine }}
        onSelect={onSelect}
      />
    </ChartCard>
  );
}
