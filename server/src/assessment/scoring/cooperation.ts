import { Dimension } from "../../common/enums.ts";
import type { SchemeParameters } from "../../scheme/scheme.model.ts";
import { plainOf } from "./decimal.ts";
import { type Fixed, FIXED_HUNDRED, FIXED_ZERO, clampFixed, fixedOfCount, fixedOfNumber, shownOfFixed } from "./fixed.ts";
import { countRatio, minus40, times40 } from "./fixed-context.ts";
import { blendedDimension } from "./committee.ts";
import { part } from "./explain.ts";
import type { Bilingual, DimensionResult, DispatchCounts, RaterScore } from "./types.ts";

export interface CooperationInput {
  dispatches: DispatchCounts;
  committee: RaterScore[];
}

const NO_ORDERS: Bilingual = Object.freeze({ zh: "客观分 = 100(无调度任务)", en: "objective = 100 (no dispatch orders)" });

/** Objective part: share of dispatch orders answered (late counts half) less refusal penalties. */
function cooperationObjective(d: DispatchCounts, scheme: SchemeParameters): { objective: Fixed; shown: string; text: Bilingual } {
  const orders = d.onTime + d.late + d.refused;
  // A unit never dispatched has never failed to obey: full marks (§4).
  if (orders === 0) return { objective: FIXED_HUNDRED, shown: "100.00", text: NO_ORDERS };
  const answered = countRatio(d.onTime, d.late, orders);
  const penalty = times40(fixedOfNumber(scheme.refusedDispatchPenalty), fixedOfCount(d.refused));
  const objective = clampFixed(minus40(answered, penalty), FIXED_ZERO, FIXED_HUNDRED);
  const o = shownOfFixed(objective);
  const arithmetic = `clamp(100 × (${d.onTime} + 0.5 × ${d.late}) / ${orders} − ${plainOf(scheme.refusedDispatchPenalty)} × ${d.refused}, 0, 100) ${o.equals}`;
  return { objective, shown: o.shown, text: { zh: `客观分 = ${arithmetic}`, en: `objective = ${arithmetic}` } };
}

/** COOPERATION (团结协作和服从调度): dispatch record blended with the committee. */
export function scoreCooperation(input: CooperationInput, scheme: SchemeParameters): DimensionResult {
  const { objective, shown, text } = cooperationObjective(input.dispatches, scheme);
  const d = input.dispatches;
  return blendedDimension({
    dimension: Dimension.COOPERATION,
    objective,
    objectiveShown: shown,
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
