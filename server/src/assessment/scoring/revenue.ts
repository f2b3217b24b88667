import type { Decimal } from "decimal.js";
import { blendedRevenueScore } from "../../fees/collection-rules.ts";
import { Dimension } from "../../common/enums.ts";
import type { SchemeParameters } from "../../scheme/scheme.model.ts";
import { HUNDRED, ONE, complementPlainOf, dec, fixed2, plainOf } from "./decimal.ts";
import { fixed2Text, moneyText } from "./decimal-text.ts";
import { type Fixed, FIXED_HUNDRED, FIXED_ZERO, compare, decimalOf, fixed2Of, fixedOf, fixedOfNumber } from "./fixed.ts";
import { div40, times40 } from "./fixed-context.ts";
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
  return revenueOutcome(input, scheme).result;
}

/** The REVENUE result and the completion rate it printed, which the unit's result shows too. */
export function revenueOutcome(input: RevenueInput, scheme: SchemeParameters): { result: DimensionResult; completionRate: string } {
  const actual = fixedOf(input.revenueActual);
  const target = positiveTarget(input.revenueTarget);
  // 100 × actual / target, rounded as the decimal context rounds (fixed.ts), like completionPercent.
  const percent = div40(times40(FIXED_HUNDRED, actual), target);
  const share = scheme.revenueCollectionShare ?? 0;
  const cap = fixedOfNumber(scheme.revenueCap);
  // With no collection share (the default) §9's blend is min(cap, percent); otherwise the §9 rule itself.
  const blend = share === 0 ? null : blendedRevenueScore(decimalOf(percent), scheme.revenueCap, share, input.collectionRate ?? null);
  // The spec sets no floor: a negative year (corrections exceeding takings) scores below 0.
  const score = blend === null ? fixed2Of(compare(cap, percent) > 0 ? percent : cap) : fixed2(blend.score);
  const completion = fixed2Of(percent);
  const actualText = moneyText(input.revenueActual);
  const targetText = moneyText(input.revenueTarget);
  const capText = plainOf(scheme.revenueCap);
  const inputs = [
    part("实际创收", "actual revenue", actualText),
    part("创收任务", "revenue target", targetText),
    part("完成率", "completion", `${completion}%`),
    part("得分上限", "cap", capText),
  ];
  const revenuePart = `min(${capText}, 100 × ${actualText} / ${targetText})`;
  let formula = both(`${revenuePart} = ${score}`);
  if (blend !== null && !blend.effectiveShare.isZero() && input.collectionRate) {
    const shareText = plainOf(share);
    const rate = fixed2Text(input.collectionRate);
    inputs.push(part("收缴率", "collection rate", `${rate}%`), part("收缴率占比", "collection share", shareText));
    formula = both(`${complementPlainOf(share)} × ${revenuePart} + ${shareText} × min(100, ${rate}) = ${score}`);
  }
  const result: DimensionResult = {
    dimension: Dimension.REVENUE,
    applicable: true,
    score,
    weight: scheme.weights[Dimension.REVENUE],
    inputs,
    formula,
    explanation: buildExplanation(inputs, formula),
  };
  return { result, completionRate: completion };
}

/** The target as a fixed-point value, refused as completionPercent refuses it. */
function positiveTarget(text: string): Fixed {
  let target: Fixed | null = null;
  try {
    target = fixedOf(text);
  } catch (error) {
    // Not a finite number (NaN, Infinity): completionPercent's own message, as before.
    if (!(error instanceof RangeError)) throw error;
  }
  if (target === null || compare(target, FIXED_ZERO) <= 0) completionPercent(ONE, dec(text));
  return target!;
}
