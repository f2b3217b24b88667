import type { Decimal } from "decimal.js";
import { blendedRevenueScore } from "../../fees/collection-rules.ts";
import { Dimension } from "../../common/enums.ts";
import type { SchemeParameters } from "../../scheme/scheme.model.ts";
import { HUNDRED, ONE, dec, fixed2, money, plain, round2 } from "./decimal.ts";
import { both, buildExplanation, part } from "./explain.ts";
import type { DimensionResult } from "./types.ts";

export interface RevenueInput {
  revenueActual: string;
  revenueTarget: string;
  /** §9 collection rate of the year in percent ("90.00"); absent or null: not applicable. */
  collectionRate?: string | null;
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
  const blend = blendedRevenueScore(percent, scheme.revenueCap, scheme.revenueCollectionShare ?? 0, input.collectionRate ?? null);
  // The spec sets no floor: a negative year (corrections exceeding takings) scores below 0.
  const score = round2(blend.score);
  const inputs = [
    part("实际创收", "actual revenue", money(actual)),
    part("创收任务", "revenue target", money(target)),
    part("完成率", "completion", `${fixed2(percent)}%`),
    part("得分上限", "cap", plain(cap)),
  ];
  let formula = both(`min(${plain(cap)}, 100 × ${money(actual)} / ${money(target)}) = ${fixed2(score)}`);
  if (!blend.effectiveShare.isZero() && input.collectionRate) {
    const share = plain(blend.effectiveShare);
    const rest = plain(ONE.minus(blend.effectiveShare));
    const rate = fixed2(dec(input.collectionRate));
    inputs.push(part("收缴率", "collection rate", `${rate}%`), part("收缴率占比", "collection share", share));
    formula = both(`${rest} × min(${plain(cap)}, 100 × ${money(actual)} / ${money(target)}) + ${share} × min(100, ${rate}) = ${fixed2(score)}`);
  }
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
