import { Grade } from "../../common/enums.ts";
import type { SchemeParameters } from "../../scheme/scheme.model.ts";
import { D, dec, fixed2, plain, round2 } from "./decimal.ts";
import type { Bilingual, DimensionResult } from "./types.ts";

export type WeightedScore = Pick<DimensionResult, "applicable" | "score" | "weight">;

/**
 * Σ wᵢ × scoreᵢ / Σ wᵢ over the applicable dimensions, half-up to 2 decimals. It takes the
 * already ROUNDED dimension scores (§5), so the total can be re-checked from the printed scores.
 */
export function weightedTotal(scores: WeightedScore[]): { total: string; formula: Bilingual } {
  const counted = scores.filter((s) => s.applicable && s.score !== null);
  const weightSum = counted.reduce((sum, s) => sum.plus(dec(s.weight)), new D(0));
  // Renormalising by a zero weight sum has no meaning; a scheme like that must be refused loudly.
  if (!weightSum.gt(0)) throw new RangeError("the applicable dimensions' weights sum to 0; no total can be formed");
  const weighted = counted.reduce((sum, s) => sum.plus(dec(s.weight).times(dec(s.score!))), new D(0));
  const total = fixed2(round2(weighted.div(weightSum)));
  const terms = counted.map((s) => `${plain(dec(s.weight))} × ${s.score}`).join(" + ");
  const text = `(${terms}) / ${plain(weightSum)} = ${total}`;
  return { total, formula: { zh: text, en: text } };
}

/** The highest grade whose threshold the total reaches. */
export function gradeFor(total: string, scheme: SchemeParameters): Grade {
  const value = dec(total);
  const t = scheme.gradeThresholds;
  if (value.gte(dec(t[Grade.EXCELLENT]))) return Grade.EXCELLENT;
  if (value.gte(dec(t[Grade.GOOD]))) return Grade.GOOD;
  if (value.gte(dec(t[Grade.PASS]))) return Grade.PASS;
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
  const sorted = [...items].sort((a, b) => dec(b.total).comparedTo(dec(a.total)) || byCode(a, b));
  const ranked: (T & { rank: number })[] = [];
  sorted.forEach((item, i) => {
    const previous = ranked[i - 1];
    const rank = previous && dec(previous.total).eq(dec(item.total)) ? previous.rank : i + 1;
    ranked.push({ ...item, rank });
  });
  return ranked;
}
