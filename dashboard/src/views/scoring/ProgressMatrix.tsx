import { useUnits } from "../../app/use-units.ts";
import { commonStrings } from "../../i18n/common-strings.ts";
import { useStrings } from "../../i18n/I18nProvider.tsx";
import { DataTable } from "../../ui/table/DataTable.tsx";
import type { Column } from "../../ui/table/table-types.ts";
import { cellKey, memberMatrix, type ProgressCell } from "./sheet.ts";
import { scoringStrings } from "./scoring-strings.ts";

type Row = ReturnType<typeof memberMatrix>[number];

/**
 * 评分进度: member × unit × dimension, scored or missing, and each column's raters against
 * minRaters in the last row. Names only: the scores stay private until finalisation.
 */
export function ProgressMatrix({ year, members, progress }: { year: number; members: readonly string[]; progress: readonly ProgressCell[] }) {
  const t = useStrings(scoringStrings);
  const common = useStrings(commonStrings);
  const { name } = useUnits();
  const rows = memberMatrix(members, progress);
  const columns: Column<Row>[] = [
    { key: "member", header: t.member, kind: "text", value: (r) => r.member },
    ...progress.map(
      (cell): Column<Row> => ({
        key: cellKey(cell.unitCode, cell.dimension),
        group: name(cell.unitCode),
        header: common.dimensions[cell.dimension] ?? cell.dimension,
        kind: "text",
        align: "right",
        value: (r) => (r.scored[cellKey(cell.unitCode, cell.dimension)] ? t.scored : t.notScored),
        cell: (r) =>
          r.scored[cellKey(cell.unitCode, cell.dimension)] ? (
            <span className="progress-mark progress-mark--done" title={t.scored}>
              ✓
            </span>
          ) : (
            <span className="progress-mark progress-mark--missing" title={t.notScored}>
              —
            </span>
          ),
        total: () => `${cell.raters}/${cell.minRaters}`,
        totalCell: (value) => (
          <span className={cell.raters >= cell.minRaters ? "progress-count" : "progress-count progress-count--short"}>{value}</span>
        ),
      }),
    ),
    { key: "missingCount", header: t.missingCount, kind: "count", value: (r) => r.missingCount },
  ];
  return (
    <DataTable
      title={t.progressTitle}
      note={t.progressNote}
      columns={columns}
      rows={rows}
      rowKey={(r) => r.member}
      rowAttributes={(r) => ({ "data-member": r.member })}
      totals={{ label: t.raters }}
      filters={[{ label: common.year, value: String(year) }]}
      emptyText={t.noMembers}
      className="progress-matrix"
    />
  );
}
