import { toSchemeType } from "../scheme/scheme.resolver.ts";
import type { AssessmentView } from "./assessment.service.ts";
import type { Assessment, UnitResult } from "./assessment.type.ts";
import type { StoredUnitResult } from "./finalization.repository.ts";

/**
 * Engine results to API objects: the same values (decimals stay their exact text, which GraphQL's
 * Float writes as numbers); a unit's dimension results are served as they are (see DimensionScore).
 */
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
    scores: r.scores,
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
