import { Grade } from "../../common/enums.ts";
import type { SchemeParameters } from "../../scheme/scheme.model.ts";
import { plainOf } from "./decimal.ts";
import { type Fixed, FIXED_ZERO, compare, fixed2Of, fixedOf, fixedOfNumber, plainOfFixed } from "./fixed.ts";
import { div40, plus40, times40 } from "./fixed-context.ts";
import { LazyBilingual } from "./explain.ts";
import type { Bilingual, DimensionResult } from "./types.ts";

export type WeightedScore = Pick<DimensionResult, "applicable" | "score" | "weight">;

/**
 * Σ wᵢ × scoreᵢ / Σ wᵢ over the applicable dimensions, half-up to 2 decimals. It takes the
 * already ROUNDED dimension scores (§5), so the total can be re-checked from the printed scores.
 */
export function weightedTotal(scores: WeightedScore[]): { total: string; formula: Bilingual } {
  // Fixed-point, rounded as the decimal context rounds (fixed.ts).
  let weightSum = FIXED_ZERO;
  let weighted = FIXED_ZERO;
  for (const s of scores) {
    if (!s.applicable || s.score === null) continue;
    const weight = fixedOfNumber(s.weight);
    weightSum = plus40(weightSum, weight);
    weighted = plus40(weighted, times40(weight, fixedOf(s.score)));
  }
  // Renormalising by a zero weight sum has no meaning; a scheme like that must be refused loudly.
  if (compare(weightSum, FIXED_ZERO) <= 0) throw new RangeError("the applicable dimensions' weights sum to 0; no total can be formed");
  const total = fixed2Of(div40(weighted, weightSum));
  return { total, formula: new TotalFormula(scores, weightSum, total) };
}

/**
 * "(0.4 × 108.00 + …) / 1 = 95.93", written when first read (few readers ask for it) from the
 * scores the total was computed from. Pure arithmetic: the same text in both languages.
 */
class TotalFormula extends LazyBilingual {
  constructor(
    private readonly scores: WeightedScore[],
    private readonly weightSum: Fixed,
    private readonly total: string,
  ) {
    super();
  }

  protected build(): string {
    const terms = this.scores
      .filter((s) => s.applicable && s.score !== null)
      .map((s) => `${plainOf(s.weight)} × ${s.score}`)
      .join(" + ");
    return `(${terms}) / ${plainOfFixed(this.weightSum)} = ${this.total}`;
  }
}

/** The highest grade whose threshold the total reaches. */
export function gradeFor(total: string, scheme: SchemeParameters): Grade {
  const value = fixedOf(total);
  const t = scheme.gradeThresholds;
  if (compare(value, fixedOfNumber(t[Grade.EXCELLENT])) >= 0) return Grade.EXCELLENT;
  if (compare(value, fixedOfNumber(t[Grade.GOOD])) >= 0) return Grade.GOOD;
  if (compare(value, fixedOfNumber(t[Grade.PASS])) >= 0) return Grade.PASS;
  return Grade.FAIL;
}

export interface Rankable {
  unitCode: string;
  total: string;
}

// Code-unit order so ties list identically everywhere.
function byCode(a: Rankable, b: Rankable): number {
  return a.unitCode < b.unitCode ? -1 : a.unitCode > b.unitCode ? 1 : 0;
}

/** Competition ranking (1, 2, 2, 4) by total descending; ties listed by unit code. The items are not changed. */
export function rankResults<T extends Rankable>(items: T[]): (T & { rank: number })[] {
  return rankInPlace(items.map((item) => ({ ...item })));
}

/**
 * rankResults for items the caller owns and gives up (assessUnits' fresh results): sorted and
 * given their rank without copying each result (into the rank field assessUnit writes: a store,
 * not a property added to thousands of objects).
 */
export function rankInPlace<T extends Rankable>(items: T[]): (T & { rank: number })[] {
  return items.every((item) => SHORT_DECIMAL.test(item.total)) ? rankBy(items, Number, byNumber) : rankBy(items, fixedOf, compare);
}

/**
 * A decimal text of at most 15 digits ("95.93", "-12.5"): as doubles such texts compare exactly as
 * their values do (distinct decimals of up to 15 significant digits are distinct doubles, in the
 * same order; equal values are equal doubles), so totals sort as numbers rather than as BigInts.
 */
const SHORT_DECIMAL = /^-?(?=[\d.]{1,15}$)\d+(\.\d+)?$/;

const byNumber = (a: number, b: number) => a - b;

function rankBy<T extends Rankable, K>(items: T[], keyOf: (total: string) => K, order: (a: K, b: K) => number): (T & { rank: number })[] {
  // Each total read once, not on every comparison of the sort.
  const keyed = items.map((item) => ({ item: item as T & { rank: number }, total: keyOf(item.total) }));
  keyed.sort((a, b) => order(b.total, a.total) || byCode(a.item, b.item));
  return keyed.map(({ item, total }, i) => {
    item.rank = i > 0 && order(keyed[i - 1].total, total) === 0 ? keyed[i - 1].item.rank : i + 1;
    return item;
  });
}
