import type { Decimal } from "decimal.js";
import { Dimension } from "../../common/enums.ts";
import type { SchemeParameters } from "../../scheme/scheme.model.ts";
import { D, HUNDRED, ZERO, clamp, dec, equalsShown, plain, shown } from "./decimal.ts";
import { blendedDimension } from "./committee.ts";
import { part, steps } from "./explain.ts";
import type { Bilingual, CallbackCounts, ComplaintCounts, DimensionResult, RaterScore } from "./types.ts";

export interface SatisfactionInput {
  callbacks: CallbackCounts;
  complaints: ComplaintCounts;
  committee: RaterScore[];
}

const HALF = new D("0.5");

/** Callback base: 100 × (satisfied + 0.5 × basically) / callbacks; 100 when nobody was called back. */
function callbackBase(c: CallbackCounts): { base: Decimal; text: Bilingual } {
  const count = c.satisfied + c.basicallySatisfied + c.dissatisfied;
  // No callbacks means no evidence of dissatisfaction, so the unit starts from full marks (§4).
  if (count === 0) return { base: HUNDRED, text: { zh: "基础分 = 100(无回访)", en: "base = 100 (no callbacks)" } };
  const base = HUNDRED.times(dec(c.satisfied).plus(HALF.times(c.basicallySatisfied))).div(count);
  const arithmetic = `100 × (${c.satisfied} + 0.5 × ${c.basicallySatisfied}) / ${count} ${equalsShown(base)}`;
  return { base, text: { zh: `基础分 = ${arithmetic}`, en: `base = ${arithmetic}` } };
}

/** Objective part: the callback base less complaint penalties, kept within 0–100. */
function satisfactionObjective(input: SatisfactionInput, scheme: SchemeParameters): { objective: Decimal; text: Bilingual } {
  const { base, text } = callbackBase(input.callbacks);
  const plainPenalty = dec(scheme.complaintPenalty);
  const repeatPenalty = dec(scheme.repeatComplaintPenalty);
  const raw = base.minus(plainPenalty.times(input.complaints.plain)).minus(repeatPenalty.times(input.complaints.repeat));
  const objective = clamp(raw, ZERO, HUNDRED);
  const arithmetic = `clamp(${shown(base)} − ${plain(plainPenalty)} × ${input.complaints.plain} − ${plain(repeatPenalty)} × ${input.complaints.repeat}, 0, 100) ${equalsShown(objective)}`;
  return { objective, text: steps(text, { zh: `客观分 = ${arithmetic}`, en: `objective = ${arithmetic}` }) };
}

/** SATISFACTION (服务质量和群众满意程度): callbacks and complaints blended with the committee. */
export function scoreSatisfaction(input: SatisfactionInput, scheme: SchemeParameters): DimensionResult {
  const { objective, text } = satisfactionObjective(input, scheme);
  const c = input.callbacks;
  return blendedDimension({
    dimension: Dimension.SATISFACTION,
    objective,
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
