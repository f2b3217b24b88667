import { scoreMemberVisibility } from "../auth/visibility.ts";
import type { Context } from "../common/context.ts";
import type { AssessmentView } from "./assessment.service.ts";
import { withholdOtherRaters } from "./scoring/index.ts";

/**
 * The assessment as the viewer may read it: until the year is finalised a committee member sees
 * only their own committee scores in the explanations and a station head none (the same rule as
 * the `committeeScores` query); administrators, executives and analysts see every rater.
 */
export function withRatersVisibleTo(context: Context, view: AssessmentView): AssessmentView {
  // The view knows whether its year is finalised: no second look-up.
  const visible = scoreMemberVisibility(context.viewer!, view.finalized);
  if (visible === "all") return view;
  const ownMember = visible === "none" ? null : context.viewer!.memberName;
  return {
    ...view,
    results: view.results.map((result) => ({
      ...result,
      scores: result.scores.map((score) => withholdOtherRaters(score, ownMember, view.scheme.trimThreshold)),
    })),
  };
}
