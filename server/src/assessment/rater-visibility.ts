import type { ViewerScope } from "../auth/viewer-scope.ts";
import type { AssessmentView } from "./assessment.service.ts";
import { withholdOtherRaters } from "./scoring/index.ts";

/**
 * The assessment as the viewer may read it: units by the viewer scope, and until the year is
 * finalised a committee member sees only their own committee scores in the explanations and a
 * station head none (the same rule as the `committeeScores` query); administrators, executives
 * and analysts see every rater.
 */
export async function assessmentVisibleTo(scope: ViewerScope, view: AssessmentView): Promise<AssessmentView> {
  const results = await scope.keep(view.year, view.results);
  // The view knows whether its year is finalised: no second look-up.
  const visible = scope.scoreMembersKnowing(view.finalized);
  if (visible === "all") return { ...view, results };
  const ownMember = visible === "none" ? null : (scope.viewer?.memberName ?? null);
  return {
    ...view,
    results: results.map((result) => ({
      ...result,
      scores: result.scores.map((score) => withholdOtherRaters(score, ownMember, view.scheme.trimThreshold)),
    })),
  };
}
