import { useUnitScope, useUnits } from "../../app/use-units.ts";
import { commonStrings } from "../../i18n/common-strings.ts";
import { useStrings } from "../../i18n/I18nProvider.tsx";
import { DataTable } from "../../ui/table/DataTable.tsx";
import { unitColumn } from "../../ui/table/shared-columns.tsx";
import type { Column } from "../../ui/table/table-types.ts";
import type { RevenueCollectionQuery } from "../../gql/graphql.ts";
import { useCollection } from "./collection-queries.ts";
import { revenueStrings } from "./revenue-strings.ts";

type Figures = RevenueCollectionQuery["collectionByUnit"][number];

/**
 * Per unit: 应收, 实收, 收缴率, 老欠费, 收回欠费 and 回收率 of the year (the server's SQL sums); the
 * 合计 row is the department's own figures (a ratio of sums, never a sum of rates).
 */
export function CollectionTable({ year, selected, onSelect }: { year: number; selected: string | null; onSelect: (code: string) => void }) {
  const t = useStrings(revenueStrings);
  const common = useStrings(commonStrings);
  const { units, name } = useUnits();
  const { limited } = useUnitScope();
  const { data, loading, error } = useCollection(year);
  const order = new Map(units.map((unit, index) => [unit.code, index]));
  const rows = [...(data?.collectionByUnit ?? [])].sort((a, b) => (order.get(a.unit?.code ?? "") ?? 99) - (order.get(b.unit?.code ?? "") ?? 99));
  const department = data?.collection ?? null;
  const columns: Column<Figures>[] = [
    unitColumn(t.unit, (r) => r.unit?.code ?? "", name),
    { key: "receivable", header: t.receivableWan, kind: "wan", value: (r) => r.receivable, total: () => department?.receivable ?? null },
    { key: "collected", header: t.collectedWan, kind: "wan", value: (r) => r.collected, total: () => department?.collected ?? null },
    {
      key: "rate",
      header: t.collectionRate,
      kind: "percent",
      value: (r) => r.collectionRate,
      testId: "collection-rate",
      title: (r) => (r.collectionRate === null ? t.collectionNotApplicable : undefined),
      total: () => department?.collectionRate ?? null,
    },
    {
      key: "months",
      header: t.monthsWithRegister,
      kind: "count",
      value: (r) => r.monthsWithRegister,
      total: () => department?.monthsWithRegister ?? null,
    },
    { key: "opening", header: t.openingArrearsWan, kind: "wan", value: (r) => r.openingArrears, total: () => department?.openingArrears ?? null },
    {
      key: "recovered",
      header: t.arrearsRecoveredWan,
      kind: "wan",
      value: (r) => r.arrearsRecovered,
      total: () => department?.arrearsRecovered ?? null,
    },
    {
      key: "recovery",
      header: t.recoveryRate,
      kind: "percent",
      value: (r) => r.arrearsRecoveryRate,
      total: () => department?.arrearsRecoveryRate ?? null,
    },
  ];
  return (
    <DataTable
      title={t.collectionTableTitle}
      note={t.collectionTableNote}
      columns={columns}
      rows={rows}
      rowKey={(r) => r.unit?.code ?? ""}
      rowAttributes={(r) => ({ "data-unit": r.unit?.code ?? "" })}
      onSelect={limited ? undefined : (r) => r.unit && onSelect(r.unit.code)}
      isSelected={(r) => r.unit?.code === selected}
      totals={department && rows.length > 1 ? { label: t.totalRow, screenLabel: t.kpiUnits(department.unitCount) } : null}
      filters={[{ label: common.year, value: String(year) }]}
      loading={loading && !data}
      error={error}
      testId="collection-table"
      className="revenue-table"
    />
  );
}
