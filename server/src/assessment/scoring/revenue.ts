import type { Decimal } from "decimal.js";
import { blendedRevenueScore } from "../../fees/collection-rules.ts";
import { Dimension } from "../../common/enums.ts";
import type { SchemeParameters } from "../../scheme/scheme.model.ts";
import { HUNDRED, ONE, complementPlainOf, dec, fixed2, plainOf } from "./decimal.ts";
import { fixed2Text, moneyText } from "./decimal-text.ts";
import { type Fixed, FIXED_HUNDRED, FIXED_ZERO, compare, decimalOf, fixed2Of, fixedOf, fixedOfNumber } from "./fixed.ts";
import { div40, times40 } from "./fixed-context.ts";
import { both, type ExplanationSource, NO_EXTRA, part } from "./explain.ts";
import { ScoredDimension } from "./scored-dimension.ts";
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
  const facts: RevenueFacts = {
    revenueActual: input.revenueActual,
    revenueTarget: input.revenueTarget,
    completion,
    cap: scheme.revenueCap,
    score,
    collection: blend !== null && !blend.effectiveShare.isZero() && input.collectionRate ? { share, rate: input.collectionRate } : null,
  };
  const values = { dimension: Dimension.REVENUE, applicable: true, score, weight: scheme.weights[Dimension.REVENUE] };
  return { result: new ScoredDimension(values, facts, describeRevenue), completionRate: completion };
}

/** What the REVENUE texts are written from. */
interface RevenueFacts {
  revenueActual: string;
  revenueTarget: string;
  completion: string;
  cap: number;
  score: string;
  /** §9's part of the score, when it took one: the scheme's share and the unit's collection rate. */
  collection: { share: number; rate: string } | null;
}

function describeRevenue(f: RevenueFacts): ExplanationSource {
  const actualText = moneyText(f.revenueActual);
  const targetText = moneyText(f.revenueTarget);
  const capText = plainOf(f.cap);
  const inputs = [
    part("实际创收", "actual revenue", actualText),
    part("创收任务", "revenue target", targetText),
    part("完成率", "completion", `${f.completion}%`),
    part("得分上限", "cap", capText),
  ];
  const revenuePart = `min(${capText}, 100 × ${actualText} / ${targetText})`;
  if (f.collection === null) return { inputs, formula: both(`${revenuePart} = ${f.score}`), extra: NO_EXTRA };
  const shareText = plainOf(f.collection.share);
  const rate = fixed2Text(f.collection.rate);
  inputs.push(part("收缴率", "collection rate", `${rate}%`), part("收缴率占比", "collection share", shareText));
  const formula = both(`${complementPlainOf(f.collection.share)} × ${revenuePart} + ${shareText} × min(100, ${rate}) = ${f.score}`);
  return { inputs, formula, extra: NO_EXTRA };
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
