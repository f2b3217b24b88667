import { Dimension } from "../../common/enums.ts";
import type { SchemeParameters } from "../../scheme/scheme.model.ts";
import { plainOf } from "./decimal.ts";
import { type Fixed, FIXED_HUNDRED, FIXED_ZERO, clampFixed, fixedOfCount, fixedOfNumber, shownOfFixed } from "./fixed.ts";
import { countRatio, minus40, times40 } from "./fixed-context.ts";
import { blendedDimension } from "./committee.ts";
import { part, steps } from "./explain.ts";
import type { Bilingual, CallbackCounts, ComplaintCounts, DimensionResult, RaterScore } from "./types.ts";

export interface SatisfactionInput {
  callbacks: CallbackCounts;
  complaints: ComplaintCounts;
  committee: RaterScore[];
}

const NO_CALLBACKS: Bilingual = Object.freeze({ zh: "基础分 = 100(无回访)", en: "base = 100 (no callbacks)" });

/** Callback base: 100 × (satisfied + 0.5 × basically) / callbacks; 100 when nobody was called back. */
function callbackBase(c: CallbackCounts): { base: Fixed; shown: string; text: Bilingual } {
  const count = c.satisfied + c.basicallySatisfied + c.dissatisfied;
  // No callbacks means no evidence of dissatisfaction, so the unit starts from full marks (§4).
  if (count === 0) return { base: FIXED_HUNDRED, shown: "100.00", text: NO_CALLBACKS };
  const base = countRatio(c.satisfied, c.basicallySatisfied, count);
  const b = shownOfFixed(base);
  const arithmetic = `100 × (${c.satisfied} + 0.5 × ${c.basicallySatisfied}) / ${count} ${b.equals}`;
  return { base, shown: b.shown, text: { zh: `基础分 = ${arithmetic}`, en: `base = ${arithmetic}` } };
}

/** Objective part: the callback base less complaint penalties, kept within 0–100. */
function satisfactionObjective(input: SatisfactionInput, scheme: SchemeParameters): { objective: Fixed; shown: string; text: Bilingual } {
  const { base, shown: baseShown, text } = callbackBase(input.callbacks);
  const { complaints } = input;
  const plainPenalty = times40(fixedOfNumber(scheme.complaintPenalty), fixedOfCount(complaints.plain));
  const raw = minus40(minus40(base, plainPenalty), times40(fixedOfNumber(scheme.repeatComplaintPenalty), fixedOfCount(complaints.repeat)));
  const objective = clampFixed(raw, FIXED_ZERO, FIXED_HUNDRED);
  const o = shownOfFixed(objective);
  const arithmetic = `clamp(${baseShown} − ${plainOf(scheme.complaintPenalty)} × ${complaints.plain} − ${plainOf(scheme.repeatComplaintPenalty)} × ${complaints.repeat}, 0, 100) ${o.equals}`;
  return { objective, shown: o.shown, text: steps(text, { zh: `客观分 = ${arithmetic}`, en: `objective = ${arithmetic}` }) };
}

/** SATISFACTION (服务质量和群众满意程度): callbacks and complaints blended with the committee. */
export function scoreSatisfaction(input: SatisfactionInput, scheme: SchemeParameters): DimensionResult {
  const { objective, shown, text } = satisfactionObjective(input, scheme);
  const c = input.callbacks;
  return blendedDimension({
    dimension: Dimension.SATISFACTION,
    objective,
    objectiveShown: shown,
    objectiveText: text,
    inputs: [
      part("回访次数", "callbacks", String(c.satisfied + c.basicallySatisfied + c.dissatisfied)),
      part("满意", "satisfied", String(c.satisfied)),
      part("基本满意", "basically satisfied", String(c.basicallySatisfied)),
      part("不满意", "dissatisfied", String(c.dissatisfied)),
      part("投诉", "complaints", String(input.complaints.plain)),
      part("二次投诉", "repeat complaints", String(input.complaints.repeat)),
    ],
    committee: input.committee,
    objectiveShare: scheme.satisfactionObjectiveShare,
    scheme,
  });
}
