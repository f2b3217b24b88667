import { useStrings } from "../../i18n/I18nProvider.tsx";
import { commonStrings } from "../../i18n/common-strings.ts";
import { dimensionColor } from "../../charts/unit-colors.ts";
import { formatScore } from "../../format/number.ts";
import { assessmentStrings } from "./assessment-strings.ts";
import type { DimensionScoreData } from "./assessment-queries.ts";

/** One dimension's score: inputs, formula with numbers filled in, and the committee raters. */
export function DimensionExplanation({ score, printed = false }: { score: DimensionScoreData; printed?: boolean }) {
  const t = useStrings(assessmentStrings);
  const common = useStrings(commonStrings);
  const committee = score.committee;
  return (
    <section className="dimension-explanation" data-dimension={score.dimension} style={{ borderTopColor: dimensionColor(score.dimension) }}>
      <header className="dimension-explanation__head">
        <h4>{common.dimensionsLong[score.dimension] ?? score.dimension}</h4>
        <span className="muted">{t.weight(score.weight)}</span>
        <strong className="dimension-explanation__score">{score.applicable ? formatScore(score.score) : t.notApplicable}</strong>
      </header>
      <dl className="inputs-list">
        {score.inputs.map((input) => (
          <div key={input.label}>
            <dt>{input.label}</dt>
            <dd className="num">{input.value}</dd>
          </div>
        ))}
      </dl>
      {committee && (
        <div className="raters">
          <span className="raters__label">{t.committee}:</span>
          {committee.counted.length + committee.dropped.length + committee.withheld === 0 && <span className="muted">{t.noCommitteeScores}</span>}
          {committee.counted.map((r) => (
            <span key={`c-${r.member}`} className="rater" title={t.counted}>
              {r.member} {formatScore(r.score)}
            </span>
          ))}
          {committee.dropped.map((r) => (
            <span key={`d-${r.member}`} className="rater rater--dropped" title={t.dropped}>
              {r.member} {formatScore(r.score)}
            </span>
          ))}
          {committee.withheld > 0 && <span className="rater rater--withheld">{t.withheld(committee.withheld)}</span>}
          {committee.trimmed && <span className="muted">({t.trimmed})</span>}
          {committee.average !== null && (
            <span className="muted">
              {t.average} {committee.average}
            </span>
          )}
        </div>
      )}
      <div className="formula">
        <span className="formula__label">{t.formula}</span>
        <code>{score.formula}</code>
      </div>
      {printed ? (
        <p className="explanation-text">{score.explanation}</p>
      ) : (
        <details className="explanation-text">
          <summary>{t.explanation}</summary>
          <p>{score.explanation}</p>
        </details>
      )}
    </section>
  );
}
