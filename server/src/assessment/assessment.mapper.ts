import { toSchemeType } from "../scheme/scheme.resolver.ts";
import type { AssessmentView } from "./assessment.service.ts";
import type { Assessment, DimensionScore, UnitResult } from "./assessment.type.ts";
import type { DimensionResult } from "./scoring/index.ts";
import type { StoredUnitResult } from "./finalization.repository.ts";

/**
 * Engine results to API objects: the same values (decimals stay their exact text, which GraphQL's
 * Float writes as numbers), renamed where the API's field resolvers pick a language.
 */
export function toDimensionScore(d: DimensionResult): DimensionScore {
  return {
    dimension: d.dimension,
    applicable: d.applicable,
    score: d.score,
    weight: d.weight,
    objective: d.objective ?? null,
    committee: d.committee ? { ...d.committee, withheld: d.committee.withheld ?? 0 } : null,
    inputs: d.inputs,
    explanationText: d.explanation,
    formulaText: d.formula,
  };
}

export function toUnitResult(year: number, r: StoredUnitResult & { baselineRank?: number | null; rankChange?: number | null }): UnitResult {
  return {
    unitId: r.unitId,
    unitCode: r.unitCode,
    year,
    unitName: r.unitName,
    revenueTarget: r.revenueTarget,
    revenueActual: r.revenueActual,
    completionRate: r.completionRate,
    collectionRate: r.collectionRate ?? null,
    repairCost: r.repairCost,
    otherCost: r.otherCost,
    scores: r.scores.map(toDimensionScoreOnce),
    total: r.total,
    rank: r.rank,
    grade: r.grade,
    complete: r.complete,
    missing: r.missing,
    pay: r.pay,
    totalFormulaText: r.totalFormula,
    baselineRank: r.baselineRank ?? null,
    rankChange: r.rankChange ?? null,
  };
}

/** A unit's scores outlive its result object when the unit is not scored again (unit-result-memo.ts). */
const mappedScores = new WeakMap<DimensionResult, DimensionScore>();

function toDimensionScoreOnce(d: DimensionResult): DimensionScore {
  let score = mappedScores.get(d);
  if (score === undefined) {
    score = toDimensionScore(d);
    mappedScores.set(d, score);
  }
  return score;
}

/**
 * A result object is mapped once: the cached live assessment and a frozen year hand the same
 * objects to every reader who sees all raters (a new object, as a withheld view makes, maps anew).
 * API objects are only read by the resolvers, so readers may share them.
 */
const mapped = new WeakMap<StoredUnitResult, UnitResult>();

function toUnitResultOnce(year: number, r: StoredUnitResult): UnitResult {
  const result = mapped.get(r) ?? toUnitResult(year, r);
  mapped.set(r, result);
  return result;
}

export function toAssessment(view: AssessmentView): Assessment {
  return {
    year: view.year,
    finalized: view.finalized,
    finalizedAt: view.finalizedAt,
    scheme: toSchemeType({ year: view.year, isDefault: view.schemeIsDefault, parameters: view.scheme }),
    results: view.results.map((r) => toUnitResultOnce(view.year, r)),
  };
}
