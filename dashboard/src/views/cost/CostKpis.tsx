import { formatWanNumber } from "../../format/money.ts";
import { formatPercent } from "../../format/number.ts";
import { useStrings } from "../../i18n/I18nProvider.tsx";
import { ErrorAlert } from "../../ui/ErrorAlert.tsx";
import { KpiStrip } from "../../ui/KpiStrip.tsx";
import { costStrings } from "./cost-strings.ts";
import { useCostYear } from "./cost-queries.ts";
import { costSummary } from "./shape-cost-vs-budget.ts";

/** Budget, counted costs, the saving or overspend, budget used and the repair-material line pay depends on. */
export function CostKpis({ year, unitCode }: { year: number; unitCode: string | null }) {
  const t = useStrings(costStrings);
  const { data, loading, error } = useCostYear(year);
  const summary = data ? costSummary(data.contracts, data.yearTotals, unitCode) : null;
  if (error) return <ErrorAlert error={error} />;
  if (!loading && !summary) return null;
  const s = summary ?? { budget: 0, spent: 0, saving: 0, repairSaving: 0, usedPercent: null, unitCount: 0 };
  const saved = s.saving >= 0;
  const repairSaved = s.repairSaving >= 0;
  return (
    <KpiStrip
      loading={loading && !data}
      items={[
        {
          key: "budget",
          label: t.kpiBudget,
          value: formatWanNumber(s.budget),
          unit: t.wan,
          note: unitCode === null ? t.kpiUnits(s.unitCount) : t.kpiBudgetNote,
        },
        { key: "spent", label: t.kpiSpent, value: formatWanNumber(s.spent), unit: t.wan, note: t.kpiSpentNote },
        { key: "saving", label: t.kpiSaving(saved), value: formatWanNumber(Math.abs(s.saving)), unit: t.wan, tone: saved ? "good" : "bad" },
        { key: "used", label: t.kpiUsed, value: formatPercent(s.usedPercent), tone: saved ? "good" : "bad", note: t.kpiUsedNote(saved) },
        {
          key: "repair",
          label: t.kpiRepair(repairSaved),
          value: formatWanNumber(Math.abs(s.repairSaving)),
          unit: t.wan,
          tone: repairSaved ? "good" : "bad",
          note: t.kpiRepairNote(repairSaved),
        },
      ]}
    />
  );
}
