import type { Decimal } from "decimal.js";
import { Dimension } from "../../common/enums.ts";
import type { SchemeParameters } from "../../scheme/scheme.model.ts";
import { D, HUNDRED, ZERO, clamp, dec, equalsShown, plain } from "./decimal.ts";
import { blendedDimension } from "./committee.ts";
import { part } from "./explain.ts";
import type { Bilingual, DimensionResult, DispatchCounts, RaterScore } from "./types.ts";

export interface CooperationInput {
  dispatches: DispatchCounts;
  committee: RaterScore[];
}

const HALF = new D("0.5");

/** Objective part: share of dispatch orders answered (late counts half) less refusal penalties. */
function cooperationObjective(d: DispatchCounts, scheme: SchemeParameters): { objective: Decimal; text: Bilingual } {
  const orders = d.onTime + d.late + d.refused;
  // A unit never dispatched has never failed to obey: full marks (§4).
  if (orders === 0) return { objective: HUNDRED, text: { zh: "客观分 = 100(无调度任务)", en: "objective = 100 (no dispatch orders)" } };
  const penalty = dec(scheme.refusedDispatchPenalty);
  const answered = HUNDRED.times(dec(d.onTime).plus(HALF.times(d.late))).div(orders);
  const objective = clamp(answered.minus(penalty.times(d.refused)), ZERO, HUNDRED);
  const arithmetic = `clamp(100 × (${d.onTime} + 0.5 × ${d.late}) / ${orders} − ${plain(penalty)} × ${d.refused}, 0, 100) ${equalsShown(objective)}`;
  return { objective, text: { zh: `客观分 = ${arithmetic}`, en: `objective = ${arithmetic}` } };
}

/** COOPERATION (团结协作和服从调度): dispatch record blended with the committee. */
export function scoreCooperation(input: CooperationInput, scheme: SchemeParameters): DimensionResult {
  const { objective, text } = cooperationObjective(input.dispatches, scheme);
  const d = input.dispatches;
  return blendedDimension({
    dimension: Dimension.COOPERATION,
    objective,
    objectiveText: text,
    inputs: [
      part("调度任务", "dispatch orders", String(d.onTime + d.late + d.refused)),
      part("按时完成", "on time", String(d.onTime)),
      part("延误", "late", String(d.late)),
      part("拒不服从", "refused", String(d.refused)),
    ],
    committee: input.committee,
    objectiveShare: scheme.cooperationObjectiveShare,
    scheme,
  });
}
