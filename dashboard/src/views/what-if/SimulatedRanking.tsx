import { formatRankChange, formatScore } from "../../format/number.ts";
import { commonStrings, DIMENSIONS } from "../../i18n/common-strings.ts";
import { useStrings } from "../../i18n/I18nProvider.tsx";
import { GradeBadge } from "../../ui/GradeBadge.tsx";
import { UnitChip } from "../../ui/UnitChip.tsx";
import type { WhatIfSimulateQuery } from "../../gql/graphql.ts";
import { whatIfStrings } from "./what-if-strings.ts";

type SimResult = WhatIfSimulateQuery["simulateAssessment"]["results"][number];

/** The ranking under the trial scheme, with each unit's move against the current ranking. */
export function SimulatedRanking({ results }: { results: readonly SimResult[] }) {
  const t = useStrings(whatIfStrings);
  const common = useStrings(commonStrings);
  return (
    <div className="table-wrap">
      <table data-testid="what-if-ranking">
        <thead>
          <tr>
            <th className="num">{t.rank}</th>
            <th className="num">{t.change}</th>
            <th>{t.unit}</th>
            {DIMENSIONS.map((d) => (
              <th key={d} className="num dim-col">
                {common.dimensions[d]}
              </th>
            ))}
            <th className="num">{t.total}</th>
            <th>{t.grade}</th>
            <th className="num">{t.baseline}</th>
          </tr>
        </thead>
        <tbody>
          {results.map((r) => {
            const change = r.rankChange ?? 0;
            return (
              <tr key={r.unit.code} data-unit={r.unit.code}>
                <td className="num rank-cell" data-testid="rank">
                  {r.rank}
                </td>
                <td className={change > 0 ? "num rank-up" : change < 0 ? "num rank-down" : "num muted"} data-testid="rank-change">
                  {formatRankChange(change)}
                </td>
                <td>
                  <UnitChip code={r.unit.code} />
                </td>
                {DIMENSIONS.map((d) => {
                  const s = r.scores.find((x) => x.dimension === d);
                  return (
                    <td key={d} className="num dim-col">
                      {formatScore(s?.applicable ? s.score : null)}
                    </td>
                  );
                })}
                <td className="num">
                  <strong>{formatScore(r.total)}</strong>
                </td>
                <td>
                  <GradeBadge grade={r.grade} />
                </td>
                <td className="num muted">{r.baselineRank ?? "—"}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
