import { Grade } from "../../common/enums.ts";
import type { SchemeParameters } from "../../scheme/scheme.model.ts";
import { ZERO, dec, decOf, fixed2, plain, plainOf } from "./decimal.ts";
import type { Bilingual, DimensionResult } from "./types.ts";

export type WeightedScore = Pick<DimensionResult, "applicable" | "score" | "weight">;

/**
 * Σ wᵢ × scoreᵢ / Σ wᵢ over the applicable dimensions, half-up to 2 decimals. It takes the
 * already ROUNDED dimension scores (§5), so the total can be re-checked from the printed scores.
 */
export function weightedTotal(scores: WeightedScore[]): { total: string; formula: Bilingual } {
  let weightSum = ZERO;
  let weighted = ZERO;
  let terms = "";
  for (const s of scores) {
    if (!s.applicable || s.score === null) continue;
    const weight = decOf(s.weight);
    weightSum = weightSum.plus(weight);
    weighted = weighted.plus(weight.times(dec(s.score)));
    terms += `${terms === "" ? "" : " + "}${plainOf(s.weight)} × ${s.score}`;
  }
  // Renormalising by a zero weight sum has no meaning; a scheme like that must be refused loudly.
  if (!weightSum.gt(0)) throw new RangeError("the applicable dimensions' weights sum to 0; no total can be formed");
  const total = fixed2(weighted.div(weightSum));
  const text = `(${terms}) / ${plain(weightSum)} = ${total}`;
  return { total, formula: { zh: text, en: text } };
}

/** The highest grade whose threshold the total reaches. */
export function gradeFor(total: string, scheme: SchemeParameters): Grade {
  const value = dec(total);
  const t = scheme.gradeThresholds;
  if (value.gte(decOf(t[Grade.EXCELLENT]))) return Grade.EXCELLENT;
  if (value.gte(decOf(t[Grade.GOOD]))) return Grade.GOOD;
  if (value.gte(decOf(t[Grade.PASS]))) return Grade.PASS;
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

/** Competition ranking (1, 2, 2, 4) by total descending; ties listed by unit code. */
export function rankResults<T extends Rankable>(items: T[]): (T & { rank: number })[] {
  // Each total parsed once, not on every comparison of the sort.
  const keyed = items.map((item) => ({ item, total: dec(item.total) }));
  keyed.sort((a, b) => b.total.comparedTo(a.total) || byCode(a.item, b.item));
  const ranked: (T & { rank: number })[] = [];
  keyed.forEach(({ item, total }, i) => {
    const rank = i > 0 && keyed[i - 1].total.eq(total) ? ranked[i - 1].rank : i + 1;
    ranked.push({ ...item, rank });
  });
  return ranked;
}
