import { useUnitScope, useUnits } from "../../app/use-units.ts";
import { formatWanNumber } from "../../format/money.ts";
import { commonStrings } from "../../i18n/common-strings.ts";
import { useLang, useStrings } from "../../i18n/I18nProvider.tsx";
import { formatDate } from "../../format/date.ts";
import { DataTable } from "../../ui/table/DataTable.tsx";
import { unitColumn } from "../../ui/table/shared-columns.tsx";
import type { Column } from "../../ui/table/table-types.ts";
import { revenueStrings } from "./revenue-strings.ts";
import { useRevenueProjection } from "./revenue-queries.ts";
import { projectionRows, revenueSummary, type ProjectionOutlook, type ProjectionRow } from "./shape-projection.ts";

const OUTLOOK_BADGE: Record<ProjectionOutlook, string> = {
  reached: "badge badge--excellent",
  onTrack: "badge badge--good",
  atRisk: "badge badge--pass",
  missed: "badge badge--fail",
};
const OUTLOOK_ORDER: Record<ProjectionOutlook, number> = { missed: 0, atRisk: 1, onTrack: 2, reached: 3 };

const signed = (value: number) => (value > 0 ? `+${formatWanNumber(value)}` : formatWanNumber(value));

interface Props {
  year: number;
  asOf: string;
  midYear: boolean;
  selected: string | null;
  onSelect: (code: string) => void;
}

/**
 * Per unit: collected, target, completion and — mid-year — the projected year end and what is
 * still needed each week; a finished year shows the over- or shortfall instead. 合计 at the foot.
 */
export function ProjectionTable({ year, asOf, midYear, selected, onSelect }: Props) {
  const t = useStrings(revenueStrings);
  const common = useStrings(commonStrings);
  const { lang } = useLang();
  const { units, name } = useUnits();
  // A station head's open year has their unit only: nothing to pick, no hint to pick.
  const { limited } = useUnitScope();
  const { data, loading, error } = useRevenueProjection(year, asOf);
  const source = data?.revenueProjection ?? [];
  const order = new Map(units.map((unit, index) => [unit.code, index]));
  const rows = projectionRows(source).sort((a, b) => (order.get(a.unitCode) ?? 99) - (order.get(b.unitCode) ?? 99));
  // 合计 from the exact strings: the department's completion is its total over its total target.
  const total = revenueSummary(source, null);
  const columns: Column<ProjectionRow>[] = [
    unitColumn(t.unit, (r) => r.unitCode, name),
    { key: "toDate", header: t.toDate, kind: "wan", value: (r) => r.toDate, testId: "revenue-to-date", total: () => total?.toDate ?? null },
    { key: "target", header: t.targetWan, kind: "wan", value: (r) => r.target, total: () => total?.target ?? null },
    {
      key: "completion",
      header: t.completion,
      kind: "percent",
      value: (r) => r.completionToDate,
      testId: "completion",
      total: () => total?.completion ?? null,
    },
    ...(midYear
      ? ([
          { key: "projected", header: t.projected, kind: "wan", value: (r) => r.projected, total: () => total?.projected ?? null },
          {
            key: "projectedPct",
            header: t.projectedPct,
            kind: "percent",
            value: (r) => r.projectedCompletion,
            total: () => total?.projectedCompletion ?? null,
          },
          { key: "weekly", header: t.weekly, kind: "wan", value: (r) => r.weeklyNeeded, total: () => total?.weeklyNeeded ?? null },
          {
            key: "basis",
            header: t.basis,
            kind: "text",
            value: (r) => t.bases[r.basis] ?? r.basis,
            className: () => "muted",
            title: () => t.basisHint,
          },
        ] satisfies Column<ProjectionRow>[])
      : ([
          {
            key: "gap",
            header: t.gapWan,
            kind: "wan",
            value: (r) => r.gap,
            cell: (r) => signed(r.gap),
            className: (r) => (r.gap < 0 ? "delta--down" : "delta--up"),
            total: () => total?.gap ?? null,
            totalCell: (value) => signed(Number(value)),
          },
        ] satisfies Column<ProjectionRow>[])),
    {
      key: "outlook",
      header: t.outlook,
      kind: "text",
      value: (r) => t.outlooks[r.outlook],
      sortValue: (r) => OUTLOOK_ORDER[r.outlook],
      cell: (r) => <span className={OUTLOOK_BADGE[r.outlook]}>{t.outlooks[r.outlook]}</span>,
    },
  ];
  return (
    <DataTable
      title={midYear ? t.projectionTitle : t.finalTitle}
      note={limited ? undefined : <span className="no-print">{t.rowHint}</span>}
      columns={columns}
      rows={rows}
      rowKey={(r) => r.unitCode}
      rowAttributes={(r) => ({ "data-unit": r.unitCode })}
      onSelect={limited ? undefined : (r) => onSelect(r.unitCode)}
      isSelected={(r) => r.unitCode === selected}
      totals={total && rows.length > 1 ? { label: t.totalRow, screenLabel: t.kpiUnits(total.unitCount) } : null}
      filters={[
        { label: common.year, value: String(year) },
        { label: t.asOf, value: formatDate(asOf, lang) },
      ]}
      loading={loading && !data}
      error={error}
      testId="projection-table"
      className="revenue-table"
    />
  );
}
