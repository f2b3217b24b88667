import { Dimension } from "../../common/enums.ts";
import type { SchemeParameters } from "../../scheme/scheme.model.ts";
import { plainOf } from "./decimal.ts";
import { FIXED_HUNDRED, FIXED_ZERO, clampFixed, fixedOfCount, fixedOfNumber, shownOfFixed } from "./fixed.ts";
import { countRatio, minus40, times40 } from "./fixed-context.ts";
import { blendedDimension, type ObjectiveTexts } from "./committee.ts";
import { part } from "./explain.ts";
import type { Bilingual, DimensionResult, DispatchCounts, RaterScore } from "./types.ts";

export interface CooperationInput {
  dispatches: DispatchCounts;
  committee: RaterScore[];
}

const NO_ORDERS: Bilingual = Object.freeze({ zh: "客观分 = 100(无调度任务)", en: "objective = 100 (no dispatch orders)" });

/** What the cooperation objective's texts are written from. */
interface CooperationObjectiveFacts {
  dispatches: DispatchCounts;
  /** "= 83.3333" or "≈ …" of the objective part; null when the unit had no orders (100). */
  objectiveEquals: string | null;
  refusedDispatchPenalty: number;
}

function orderCount(d: DispatchCounts): number {
  return d.onTime + d.late + d.refused;
}

/** COOPERATION (团结协作和服从调度): dispatch record blended with the committee. */
export function scoreCooperation(input: CooperationInput, scheme: SchemeParameters): DimensionResult {
  const d = input.dispatches;
  const orders = orderCount(d);
  // Objective part: share of dispatch orders answered (late counts half) less refusal penalties.
  // A unit never dispatched has never failed to obey: full marks (§4).
  let objective = FIXED_HUNDRED;
  let shown = "100.00";
  let objectiveEquals: string | null = null;
  if (orders > 0) {
    const answered = countRatio(d.onTime, d.late, orders);
    const penalty = times40(fixedOfNumber(scheme.refusedDispatchPenalty), fixedOfCount(d.refused));
    objective = clampFixed(minus40(answered, penalty), FIXED_ZERO, FIXED_HUNDRED);
    const o = shownOfFixed(objective);
    shown = o.shown;
    objectiveEquals = o.equals;
  }
  return blendedDimension({
    dimension: Dimension.COOPERATION,
    objective,
    objectiveShown: shown,
    objectiveFacts: { dispatches: d, objectiveEquals, refusedDispatchPenalty: scheme.refusedDispatchPenalty },
    describeObjective: describeCooperationObjective,
    committee: input.committee,
    objectiveShare: scheme.cooperationObjectiveShare,
    scheme,
  });
}

function describeCooperationObjective(f: CooperationObjectiveFacts): ObjectiveTexts {
  const d = f.dispatches;
  const orders = orderCount(d);
  let text = NO_ORDERS;
  if (f.objectiveEquals !== null) {
    const arithmetic = `clamp(100 × (${d.onTime} + 0.5 × ${d.late}) / ${orders} − ${plainOf(f.refusedDispatchPenalty)} × ${d.refused}, 0, 100) ${f.objectiveEquals}`;
    text = { zh: `客观分 = ${arithmetic}`, en: `objective = ${arithmetic}` };
  }
  return {
    inputs: [
      part("调度任务", "dispatch orders", String(orders)),
      part("按时完成", "on time", String(d.onTime)),
      part("延误", "late", String(d.late)),
      part("拒不服从", "refused", String(d.refused)),
    ],
    text,
  };
}
