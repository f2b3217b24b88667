import { lazy } from "react";
import { useUnits } from "../../app/use-units.ts";
import { ChartCard } from "../../charts/ChartCard.tsx";
import { useStrings } from "../../i18n/I18nProvider.tsx";
import { OVERSPEND_COLOR, SAVING_COLOR } from "./chart-colors.ts";
import { costStrings } from "./cost-strings.ts";
import { useCostYear } from "./cost-queries.ts";
import { costVsBudget } from "./shape-cost-vs-budget.ts";

const SavingsChart = lazy(() => import("./SavingsChart.tsx"));

/** Renderer: each unit's saving or overspend against its whole budget, labelled with the share used. */
export function SavingsCard({ year, selected, onSelect }: { year: number; selected: string | null; onSelect: (code: string) => void }) {
  const t = useStrings(costStrings);
  const { name } = useUnits();
  const { data, loading, error, refetch } = useCostYear(year);
  const rows = data ? costVsBudget(data.contracts, data.yearTotals).filter((row) => row.usedPercent !== null) : [];
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
      height={300}
      testId="savings-chart"
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
