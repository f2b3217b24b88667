import { Dimension } from "../../common/enums.ts";
import type { SchemeParameters } from "../../scheme/scheme.model.ts";
import { plainOf } from "./decimal.ts";
import { type Fixed, FIXED_HUNDRED, FIXED_ZERO, clampFixed, fixedOfCount, fixedOfNumber, shownOfFixed } from "./fixed.ts";
import { countRatio, minus40, times40 } from "./fixed-context.ts";
import { blendedDimension, type ObjectiveTexts } from "./committee.ts";
import { part, steps } from "./explain.ts";
import type { Bilingual, CallbackCounts, ComplaintCounts, DimensionResult, RaterScore } from "./types.ts";

export interface SatisfactionInput {
  callbacks: CallbackCounts;
  complaints: ComplaintCounts;
  committee: RaterScore[];
}

const NO_CALLBACKS: Bilingual = Object.freeze({ zh: "基础分 = 100(无回访)", en: "base = 100 (no callbacks)" });

/** What the satisfaction objective's texts are written from. */
interface SatisfactionObjectiveFacts {
  callbacks: CallbackCounts;
  complaints: ComplaintCounts;
  /** The callback base; null when nobody was called back (100). */
  base: Fixed | null;
  objectiveEquals: string;
  complaintPenalty: number;
  repeatComplaintPenalty: number;
}

function callbackCount(c: CallbackCounts): number {
  return c.satisfied + c.basicallySatisfied + c.dissatisfied;
}

/** SATISFACTION (服务质量和群众满意程度): callbacks and complaints blended with the committee. */
export function scoreSatisfaction(input: SatisfactionInput, scheme: SchemeParameters): DimensionResult {
  const c = input.callbacks;
  const count = callbackCount(c);
  // Callback base: 100 × (satisfied + 0.5 × basically) / callbacks. No callbacks means no evidence
  // of dissatisfaction, so the unit starts from full marks (§4).
  const base = count === 0 ? null : countRatio(c.satisfied, c.basicallySatisfied, count);
  // Objective part: the callback base less complaint penalties, kept within 0–100.
  const { complaints } = input;
  const plainPenalty = times40(fixedOfNumber(scheme.complaintPenalty), fixedOfCount(complaints.plain));
  const raw = minus40(
    minus40(base ?? FIXED_HUNDRED, plainPenalty),
    times40(fixedOfNumber(scheme.repeatComplaintPenalty), fixedOfCount(complaints.repeat)),
  );
  const objective = clampFixed(raw, FIXED_ZERO, FIXED_HUNDRED);
  const o = shownOfFixed(objective);
  return blendedDimension({
    dimension: Dimension.SATISFACTION,
    objective,
    objectiveShown: o.shown,
    objectiveFacts: {
      callbacks: c,
      complaints,
      base,
      objectiveEquals: o.equals,
      complaintPenalty: scheme.complaintPenalty,
      repeatComplaintPenalty: scheme.repeatComplaintPenalty,
    },
    describeObjective: describeSatisfactionObjective,
    committee: input.committee,
    objectiveShare: scheme.satisfactionObjectiveShare,
    scheme,
  });
}

function describeSatisfactionObjective(f: SatisfactionObjectiveFacts): ObjectiveTexts {
  const c = f.callbacks;
  const count = callbackCount(c);
  let baseShown = "100.00";
  let baseText = NO_CALLBACKS;
  if (f.base !== null) {
    const b = shownOfFixed(f.base);
    const arithmetic = `100 × (${c.satisfied} + 0.5 × ${c.basicallySatisfied}) / ${count} ${b.equals}`;
    baseShown = b.shown;
    baseText = { zh: `基础分 = ${arithmetic}`, en: `base = ${arithmetic}` };
  }
  const { complaints } = f;
  const arithmetic = `clamp(${baseShown} − ${plainOf(f.complaintPenalty)} × ${complaints.plain} − ${plainOf(f.repeatComplaintPenalty)} × ${complaints.repeat}, 0, 100) ${f.objectiveEquals}`;
  return {
    inputs: [
      part("回访次数", "callbacks", String(count)),
      part("满意", "satisfied", String(c.satisfied)),
      part("基本满意", "basically satisfied", String(c.basicallySatisfied)),
      part("不满意", "dissatisfied", String(c.dissatisfied)),
      part("投诉", "complaints", String(complaints.plain)),
      part("二次投诉", "repeat complaints", String(complaints.repeat)),
    ],
    text: steps(baseText, { zh: `客观分 = ${arithmetic}`, en: `objective = ${arithmetic}` }),
  };
}
