import { toSchemeType } from "../scheme/scheme.resolver.ts";
import type { AssessmentView } from "./assessment.service.ts";
import type { Assessment } from "./assessment.type.ts";

/**
 * The view as the API serves it. Unit results are served as the engine (or a frozen year) gives
 * them, carrying their unit id and year, without a copy per unit: the API's UnitResult and
 * DimensionScore read the same fields, and field resolvers the few that differ.
 */
export function toAssessment(view: AssessmentView): Assessment {
  return {
    year: view.year,
    finalized: view.finalized,
    finalizedAt: view.finalizedAt,
    scheme: toSchemeType({ year: view.year, isDefault: view.schemeIsDefault, parameters: view.scheme }),
    results: view.results,
  };
}
