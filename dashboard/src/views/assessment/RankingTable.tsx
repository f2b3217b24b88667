import { UnitChip } from "../../ui/UnitChip.tsx";
import { GradeBadge } from "../../ui/GradeBadge.tsx";
import { useStrings } from "../../i18n/I18nProvider.tsx";
import { commonStrings, DIMENSIONS } from "../../i18n/common-strings.ts";
import { formatWan } from "../../format/money.ts";
import { formatScore } from "../../format/number.ts";
import { assessmentStrings } from "./assessment-strings.ts";
import type { AssessmentResult } from "./assessment-queries.ts";
import { SelectableUnitRow } from "../../ui/SelectableUnitRow.tsx";

interface Props {
  results: readonly AssessmentResult[];
  selected: string | null;
  onSelect: (code: string) => void;
}

/** Rank, unit, the four dimension scores, total, grade, net pay; a row opens the unit's detail. */
export function RankingTable({ results, selected, onSelect }: Props) {
  const t = useStrings(assessmentStrings);
  const common = useStrings(commonStrings);
  return (
    <div className="table-wrap">
      <table className="ranking-table" data-testid="ranking-table">
        <thead>
          <tr>
            <th className="num">{t.rank}</th>
            <th>{t.unit}</th>
            {DIMENSIONS.map((d) => (
              <th key={d} className="num">
                {common.dimensions[d]}
              </th>
            ))}
            <th className="num">{t.total}</th>
            <th>{t.grade}</th>
            <th className="num">{t.netPay}</th>
            <th>{t.status}</th>
          </tr>
        </thead>
        <tbody>
          {results.map((result) => {
            const code = result.unit.code;
            const isSelected = code === selected;
            return (
              <SelectableUnitRow key={code} unitCode={code} selected={isSelected} onSelect={onSelect}>
                <td className="num rank-cell" data-testid="rank">
                  {result.rank}
                </td>
                <td>
                  <UnitChip code={code} />
                </td>
                {DIMENSIONS.map((d) => {
                  const score = result.scores.find((s) => s.dimension === d);
                  return (
                    <td key={d} className="num" title={score && !score.applicable ? t.notApplicable : undefined}>
                      {formatScore(score?.applicable ? score.score : null)}
                    </td>
                  );
                })}
                <td className="num total-cell" data-testid="total">
                  <strong>{formatScore(result.total)}</strong>
                </td>
                <td>
                  <GradeBadge grade={result.grade} />
                </td>
                <td className="num">{formatWan(result.pay.net)}</td>
                <td>
                  {result.complete ? (
                    <span className="badge badge--excellent">{t.complete}</span>
                  ) : (
                    <span className="badge badge--warn">{t.incomplete}</span>
                  )}
                </td>
              </SelectableUnitRow>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
