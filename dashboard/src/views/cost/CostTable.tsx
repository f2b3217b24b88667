import { useUnitScope, useUnits } from "../../app/use-units.ts";
import { formatWanNumber } from "../../format/money.ts";
import { commonStrings } from "../../i18n/common-strings.ts";
import { useStrings } from "../../i18n/I18nProvider.tsx";
import { InfoTip } from "../../ui/InfoTip.tsx";
import { DataTable } from "../../ui/table/DataTable.tsx";
import { unitColumn } from "../../ui/table/shared-columns.tsx";
import type { Column } from "../../ui/table/table-types.ts";
import { costStrings } from "./cost-strings.ts";
import { useCostYear } from "./cost-queries.ts";
import { costSummary, costVsBudget, type CostSummary, type CostVsBudgetRow } from "./shape-cost-vs-budget.ts";

const signed = (value: number) => (value > 0 ? `+${formatWanNumber(value)}` : formatWanNumber(value));
const tone = (value: number) => (value < 0 ? "delta--down" : value > 0 ? "delta--up" : undefined);

/** Every figure behind the charts, per unit, with what was recorded but not counted. */
export function CostTable({ year, selected, onSelect }: { year: number; selected: string | null; onSelect: (code: string) => void }) {
  const t = useStrings(costStrings);
  const common = useStrings(commonStrings);
  const { units, name } = useUnits();
  // A station head's open year has their unit only: nothing to pick, no hint to pick.
  const { limited } = useUnitScope();
  const { data, loading, error } = useCostYear(year);
  const order = new Map(units.map((unit, index) => [unit.code, index]));
  const rows = data
    ? costVsBudget(data.contracts, data.yearTotals).sort((a, b) => (order.get(a.unitCode) ?? 99) - (order.get(b.unitCode) ?? 99))
    : [];
  // 合计 is added up from the API's exact strings, not from the rounded 万元 of each row.
  const total = data ? costSummary(data.contracts, data.yearTotals, null) : null;
  const wanColumn = (
    key: keyof CostVsBudgetRow & keyof CostSummary,
    header: string,
    extra: Partial<Column<CostVsBudgetRow>> = {},
  ): Column<CostVsBudgetRow> => ({
    key,
    header,
    kind: "wan",
    value: (row) => row[key] as number,
    total: () => (total ? (total[key] as number) : null),
    ...extra,
  });
  const savingColumn = (key: "repairSaving" | "saving", header: string, testId?: string) =>
    wanColumn(key, header, {
      cell: (row) => signed(row[key]),
      className: (row) => tone(row[key]),
      totalCell: (value) => <span className={tone(Number(value))}>{signed(Number(value))}</span>,
      testId,
    });
  const columns: Column<CostVsBudgetRow>[] = [
    unitColumn(t.unit, (r) => r.unitCode, name),
    wanColumn("repairBudget", t.colRepairBudget),
    wanColumn("repairCost", t.colRepairCost),
    savingColumn("repairSaving", t.colRepairSaving),
    wanColumn("baseExpense", t.colBaseExpense),
    wanColumn("otherCost", t.colOtherCost),
    wanColumn("budget", t.colBudget),
    wanColumn("spent", t.colSpent),
    savingColumn("saving", t.colSaving, "saving"),
    {
      key: "used",
      header: t.colUsed,
      kind: "percent",
      value: (row) => row.usedPercent,
      cell: (row) => (row.usedPercent === null ? t.notAssessed : `${row.usedPercent.toFixed(2)}%`),
      total: () => total?.usedPercent ?? null,
    },
    wanColumn("notCounted", t.colNotCounted, {
      className: () => "muted",
      headerExtra: <InfoTip text={t.notCountedHint} label={t.notCountedLabel} />,
    }),
  ];
  return (
    <DataTable
      title={t.tableTitle}
      note={
        <>
          {t.tableUnit}
          {!limited && <span className="no-print"> · {t.rowHint}</span>}
        </>
      }
      columns={columns}
      rows={rows}
      rowKey={(r) => r.unitCode}
      rowAttributes={(r) => ({ "data-unit": r.unitCode })}
      onSelect={limited ? undefined : (r) => onSelect(r.unitCode)}
      isSelected={(r) => r.unitCode === selected}
      totals={rows.length > 1 && total ? { label: t.totalRow, screenLabel: t.kpiUnits(total.unitCount) } : null}
      filters={[{ label: common.year, value: String(year) }]}
      loading={loading && !data}
      error={error}
      emptyText={t.noData}
      className="cost-table"
    />
  );
}
