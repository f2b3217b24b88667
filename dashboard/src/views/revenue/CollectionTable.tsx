import { useUnitScope, useUnits } from "../../app/use-units.ts";
import { commonStrings } from "../../i18n/common-strings.ts";
import { useStrings } from "../../i18n/I18nProvider.tsx";
import { DataTable } from "../../ui/table/DataTable.tsx";
import { unitColumn } from "../../ui/table/shared-columns.tsx";
import type { Column } from "../../ui/table/table-types.ts";
import { revenueStrings } from "./revenue-strings.ts";
import { useCollectionByMonth } from "./revenue-queries.ts";
import { type CollectionRow, collectionRow } from "./shape-collection.ts";

/**
 * Per unit: the year's receivable, collected and 收缴率 (over the months with a register entry),
 * the lowest and highest month; 合计 is the department's own rate (of the sums, from the server's
 * department series), not an average. A station head's open year: their unit, no 合计.
 */
export function CollectionTable({ year, selected, onSelect }: { year: number; selected: string | null; onSelect: (code: string) => void }) {
  const t = useStrings(revenueStrings);
  const common = useStrings(commonStrings);
  const { units, name } = useUnits();
  const { limited } = useUnitScope();
  const { data, loading, error } = useCollectionByMonth(year);
  const series = data?.collectionByMonth ?? [];
  const order = new Map(units.map((unit, index) => [unit.code, index]));
  const rows = series
    .filter((s) => s.unit !== null)
    .map(collectionRow)
    .sort((a, b) => (order.get(a.unitCode ?? "") ?? 99) - (order.get(b.unitCode ?? "") ?? 99));
  const departmentSeries = series.find((s) => s.unit === null);
  const department = departmentSeries && !limited ? collectionRow(departmentSeries) : null;
  const columns: Column<CollectionRow>[] = [
    unitColumn(t.unit, (r) => r.unitCode ?? "", name),
    {
      key: "receivable",
      header: t.receivableWan,
      kind: "wan",
      value: (r) => r.receivable,
      testId: "receivable",
      total: () => department?.receivable ?? null,
    },
    {
      key: "collected",
      header: t.collectedWan,
      kind: "wan",
      value: (r) => r.collected,
      testId: "collected",
      total: () => department?.collected ?? null,
    },
    {
      key: "rate",
      header: t.collectionRate,
      kind: "percent",
      value: (r) => r.collectionRate,
      testId: "collection-rate",
      total: () => department?.collectionRate ?? null,
    },
    { key: "months", header: t.registerMonths, kind: "count", value: (r) => r.monthsWithRegister },
    { key: "lowest", header: t.lowestMonth, kind: "percent", value: (r) => r.lowest },
    { key: "highest", header: t.highestMonth, kind: "percent", value: (r) => r.highest },
  ];
  return (
    <DataTable
      title={t.collectionTableTitle}
      columns={columns}
      rows={rows}
      rowKey={(r) => r.key}
      rowAttributes={(r) => ({ "data-unit": r.unitCode ?? "" })}
      onSelect={limited ? undefined : (r) => r.unitCode && onSelect(r.unitCode)}
      isSelected={(r) => r.unitCode === selected}
      totals={department && rows.length > 1 ? { label: t.totalRow } : null}
      filters={[{ label: common.year, value: String(year) }]}
      loading={loading && !data}
      error={error}
      testId="collection-table"
      className="revenue-table"
    />
  );
}
