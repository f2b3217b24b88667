import { useUnits } from "../../app/use-units.ts";
import { commonStrings, DIMENSIONS } from "../../i18n/common-strings.ts";
import { useLang, useStrings } from "../../i18n/I18nProvider.tsx";
import { DataTable } from "../../ui/table/DataTable.tsx";
import { gradeColumn, unitColumn } from "../../ui/table/shared-columns.tsx";
import type { Column } from "../../ui/table/table-types.ts";
import { assessmentStrings } from "./assessment-strings.ts";
import type { AssessmentResult } from "./assessment-queries.ts";

interface Props {
  year: number;
  results: readonly AssessmentResult[];
  loading: boolean;
  error: unknown;
  selected: string | null;
  onSelect: (code: string) => void;
}

/** Rank, unit, the four dimension scores, total, grade, net pay; a row opens the unit's detail. */
export function RankingTable({ year, results, loading, error, selected, onSelect }: Props) {
  const t = useStrings(assessmentStrings);
  const common = useStrings(commonStrings);
  const { lang } = useLang();
  const { name } = useUnits();
  const columns: Column<AssessmentResult>[] = [
    { key: "rank", header: t.rank, kind: "count", value: (r) => r.rank, testId: "rank", className: () => "rank-cell" },
    unitColumn(t.unit, (r) => r.unit.code, name),
    ...DIMENSIONS.map(
      (d): Column<AssessmentResult> => ({
        key: d,
        header: common.dimensions[d],
        kind: "score",
        value: (r) => {
          const score = r.scores.find((s) => s.dimension === d);
          return score?.applicable ? score.score : null;
        },
        title: (r) => (r.scores.find((s) => s.dimension === d)?.applicable === false ? t.notApplicable : undefined),
      }),
    ),
    {
      key: "total",
      header: t.total,
      kind: "score",
      value: (r) => r.total,
      testId: "total",
      className: () => "total-cell",
      cell: (r) => <strong>{r.total.toFixed(2)}</strong>,
    },
    gradeColumn(t.grade, (r) => r.grade, lang),
    { key: "netPay", header: t.netPay, kind: "wan", value: (r) => r.pay.net },
    {
      key: "status",
      header: t.status,
      kind: "text",
      value: (r) => (r.complete ? t.complete : t.incomplete),
      cell: (r) =>
        r.complete ? <span className="badge badge--excellent">{t.complete}</span> : <span className="badge badge--warn">{t.incomplete}</span>,
    },
  ];
  return (
    <DataTable
      title={t.ranking}
      note={<span className="no-print">{t.clickHint}</span>}
      columns={columns}
      rows={results}
      rowKey={(r) => r.unit.code}
      rowAttributes={(r) => ({ "data-unit": r.unit.code })}
      onSelect={(r) => onSelect(r.unit.code)}
      isSelected={(r) => r.unit.code === selected}
      filters={[{ label: common.year, value: String(year) }]}
      loading={loading}
      error={error}
      emptyText={t.noResults}
      className="ranking-table"
    />
  );
}
