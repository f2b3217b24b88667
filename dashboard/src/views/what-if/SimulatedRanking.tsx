import { useUnits } from "../../app/use-units.ts";
import { formatRankChange } from "../../format/number.ts";
import type { WhatIfSimulateQuery } from "../../gql/graphql.ts";
import { commonStrings, DIMENSIONS } from "../../i18n/common-strings.ts";
import { useLang, useStrings } from "../../i18n/I18nProvider.tsx";
import { DataTable } from "../../ui/table/DataTable.tsx";
import { gradeColumn, unitColumn } from "../../ui/table/shared-columns.tsx";
import type { Column } from "../../ui/table/table-types.ts";
import { whatIfStrings } from "./what-if-strings.ts";

type SimResult = WhatIfSimulateQuery["simulateAssessment"]["results"][number];

interface Props {
  year: number;
  results: readonly SimResult[] | null;
  simulating: boolean;
  /** The form holds an invalid value: the ranking shown is of the last valid scheme. */
  invalid: boolean;
  error: unknown;
}

/** The ranking under the trial scheme, with each unit's move against the current ranking. */
export function SimulatedRanking({ year, results, simulating, invalid, error }: Props) {
  const t = useStrings(whatIfStrings);
  const common = useStrings(commonStrings);
  const { lang } = useLang();
  const { name } = useUnits();
  const columns: Column<SimResult>[] = [
    { key: "rank", header: t.rank, kind: "count", value: (r) => r.rank, testId: "rank", className: () => "rank-cell" },
    {
      key: "change",
      header: t.change,
      kind: "count",
      value: (r) => r.rankChange ?? 0,
      cell: (r) => formatRankChange(r.rankChange ?? 0),
      testId: "rank-change",
      className: (r) => ((r.rankChange ?? 0) > 0 ? "rank-up" : (r.rankChange ?? 0) < 0 ? "rank-down" : "muted"),
    },
    unitColumn(t.unit, (r) => r.unit.code, name),
    ...DIMENSIONS.map(
      (d): Column<SimResult> => ({
        key: d,
        header: common.dimensions[d],
        kind: "score",
        value: (r) => {
          const s = r.scores.find((x) => x.dimension === d);
          return s?.applicable ? s.score : null;
        },
        className: () => "dim-col",
      }),
    ),
    { key: "total", header: t.total, kind: "score", value: (r) => r.total, cell: (r) => <strong>{r.total.toFixed(2)}</strong>, testId: "total" },
    gradeColumn(t.grade, (r) => r.grade, lang),
    { key: "baseline", header: t.baseline, kind: "count", value: (r) => r.baselineRank ?? null, className: () => "muted" },
  ];
  return (
    <div className="what-if-ranking">
      <DataTable
        title={t.ranking}
        titleExtra={simulating ? <span className="muted">{t.simulating}</span> : null}
        note={t.simulatedNote}
        banner={invalid ? <div className="alert alert--warn">{t.invalidForm}</div> : null}
        columns={columns}
        rows={results ?? []}
        rowKey={(r) => r.unit.code}
        rowAttributes={(r) => ({ "data-unit": r.unit.code })}
        filters={[
          { label: common.year, value: String(year) },
          { label: t.schemeFilter, value: t.trialScheme },
        ]}
        loading={results === null}
        error={error}
      />
    </div>
  );
}
