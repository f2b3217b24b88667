import { useUnits } from "../../app/use-units.ts";
import { formatYuan } from "../../format/money.ts";
import { formatPercent, formatScore } from "../../format/number.ts";
import { useStrings } from "../../i18n/I18nProvider.tsx";
import { GradeBadge } from "../../ui/GradeBadge.tsx";
import { assessmentStrings } from "./assessment-strings.ts";
import type { AssessmentResult } from "./assessment-queries.ts";
import { DimensionExplanation } from "./DimensionExplanation.tsx";
import { IncompleteNotice } from "./IncompleteNotice.tsx";
import { PayLines } from "./PayLines.tsx";
import { UnitRules, type UnitRulesInForce } from "./UnitRules.tsx";

/** Everything behind one unit's result: each dimension's explanation, the total, the pay lines. */
interface Props {
  result: AssessmentResult;
  year: number;
  /** The unit's 实施细则 in force, shown as the committee's reference. */
  rules: UnitRulesInForce | null;
  onClose?: () => void;
  printed?: boolean;
}

export function UnitDetailPanel({ result, year, rules, onClose, printed = false }: Props) {
  const t = useStrings(assessmentStrings);
  const { name } = useUnits();
  return (
    <section
      className={printed ? "unit-detail unit-detail--printed" : "card unit-detail no-print"}
      data-testid={printed ? undefined : "unit-detail"}
      aria-label={t.detailTitle(name(result.unit.code))}
    >
      <header className="unit-detail__head">
        <h2>{t.detailTitle(name(result.unit.code))}</h2>
        <div className="unit-detail__summary">
          <span>
            {t.rank} <strong>{result.rank}</strong>
          </span>
          <span>
            {t.total} <strong>{formatScore(result.total)}</strong>
          </span>
          <GradeBadge grade={result.grade} />
          {onClose && (
            <button type="button" className="btn btn--small no-print" onClick={onClose}>
              {t.closeDetail}
            </button>
          )}
        </div>
      </header>
      {!result.complete && <IncompleteNotice units={[{ unitCode: result.unit.code, missing: result.missing }]} />}
      <p className="muted">
        {t.revenueLine(formatYuan(result.revenueActual), formatYuan(result.revenueTarget), formatPercent(result.completionRate))}
        {result.collectionRate !== null && result.collectionRate !== undefined && (
          <span data-testid="collection-rate">{t.collectionLine(formatPercent(result.collectionRate))}</span>
        )}
      </p>
      <div className="dimension-grid">
        {result.scores.map((score) => (
          <DimensionExplanation key={score.dimension} score={score} printed={printed} />
        ))}
      </div>
      <div className="unit-detail__foot">
        <div className="formula formula--total">
          <span className="formula__label">{t.totalFormula}</span>
          <code data-testid="total-formula">{result.totalFormula}</code>
        </div>
        <div>
          <h3>{t.pay}</h3>
          <PayLines pay={result.pay} />
        </div>
      </div>
      <UnitRules year={year} unitCode={result.unit.code} rules={rules} />
    </section>
  );
}
