import type { Decimal } from "decimal.js";
import { Dimension } from "../../common/enums.ts";
import type { SchemeParameters } from "../../scheme/scheme.model.ts";
import { D, HUNDRED, dec, fixed2, money, plain, round2 } from "./decimal.ts";
import { both, buildExplanation, part } from "./explain.ts";
import type { DimensionResult } from "./types.ts";

export interface RevenueInput {
  revenueActual: string;
  revenueTarget: string;
}

/** 100 × actual / target, exact; the score and the completion rate both start from it. */
export function completionPercent(actual: Decimal, target: Decimal): Decimal {
  // §4: a target of 0 is invalid for an assessed unit — there is no meaningful completion.
  if (!target.gt(0)) throw new RangeError(`revenue target must be positive, got ${target.toFixed()}`);
  return HUNDRED.times(actual).div(target);
}

/** The completion rate as the API and every view show it: percent, half-up to 2 decimals ("108.00"). */
export function completionRate(actual: string, target: string): string {
  return fixed2(completionPercent(dec(actual), dec(target)));
}

/** REVENUE (经济指标完成情况): min(revenueCap, 100 × actual / target). */
export function scoreRevenue(input: RevenueInput, scheme: SchemeParameters): DimensionResult {
  const actual = dec(input.revenueActual);
  const target = dec(input.revenueTarget);
  const cap = dec(scheme.revenueCap);
  const percent = completionPercent(actual, target);
  // The spec sets no floor: a negative year (corrections exceeding takings) scores below 0.
  const score = round2(D.min(cap, percent));
  const inputs = [
    part("实际创收", "actual revenue", money(actual)),
    part("创收任务", "revenue target", money(target)),
    part("完成率", "completion", `${fixed2(percent)}%`),
    part("得分上限", "cap", plain(cap)),
  ];
  const formula = both(`min(${plain(cap)}, 100 × ${money(actual)} / ${money(target)}) = ${fixed2(score)}`);
  return {
    dimension: Dimension.REVENUE,
    applicable: true,
    score: fixed2(score),
    weight: scheme.weights[Dimension.REVENUE],
    inputs,
    formula,
    explanation: buildExplanation(inputs, formula),
  };
}
