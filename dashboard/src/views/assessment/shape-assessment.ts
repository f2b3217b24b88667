/**
 * Pure shaping of assessment results for the charts (unit-tested in shape-assessment.test.ts).
 */
import { limitUnits, type LimitedUnits } from "../../charts/chart-limits.ts";

export interface ScoreLike {
  dimension: string;
  score: number | null;
  weight: number;
  applicable: boolean;
}

export interface ResultLike {
  rank: number;
  total: number;
  unit: { code: string; name: string };
  scores: readonly ScoreLike[];
}

export const DIMENSION_ORDER = ["REVENUE", "COST", "SATISFACTION", "COOPERATION"] as const;

/**
 * The results a per-unit chart draws: best rank first (ties keep the API's order), at most `max`,
 * and the unit selected in the URL in the last place when it ranks lower, so the reader always
 * finds the unit they picked. The ranking table beside the charts lists every unit.
 */
export function resultsToDraw<T extends ResultLike>(results: readonly T[], max: number, selected?: string | null): LimitedUnits<T> {
  const byRank = [...results].sort((a, b) => a.rank - b.rank);
  return limitUnits(byRank, max, (result) => result.unit.code, selected);
}

/** One bar: a unit's total split into each dimension's weighted contribution. */
export interface TotalsBreakdownRow {
  code: string;
  name: string;
  total: number;
  /** weight × score / Σ applicable weights, per dimension (0 when not applicable). */
  REVENUE: number;
  COST: number;
  SATISFACTION: number;
  COOPERATION: number;
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/**
 * The stacked segments add up to the total before its rounding: the total is the weighted mean
 * of the rounded dimension scores, renormalised over the dimensions that apply to the unit.
 */
export function shapeTotalsBreakdown(results: readonly ResultLike[], name: (code: string) => string = (code) => code): TotalsBreakdownRow[] {
  return results.map((result) => {
    const applicable = result.scores.filter((s) => s.applicable && s.score !== null);
    const weightSum = applicable.reduce((sum, s) => sum + s.weight, 0);
    const row: TotalsBreakdownRow = {
      code: result.unit.code,
      name: name(result.unit.code),
      total: result.total,
      REVENUE: 0,
      COST: 0,
      SATISFACTION: 0,
      COOPERATION: 0,
    };
    for (const s of applicable) {
      if (weightSum > 0 && (DIMENSION_ORDER as readonly string[]).includes(s.dimension)) {
        row[s.dimension as (typeof DIMENSION_ORDER)[number]] = round2((s.weight * (s.score as number)) / weightSum);
      }
    }
    return row;
  });
}

/** One spoke of the radar: a dimension with each unit's score (null where not applicable). */
export type RadarRow = { dimension: string } & Record<string, number | string | null>;

export function shapeRadar(results: readonly ResultLike[]): RadarRow[] {
  return DIMENSION_ORDER.map((dimension) => {
    const row: RadarRow = { dimension };
    for (const result of results) {
      const score = result.scores.find((s) => s.dimension === dimension);
      row[result.unit.code] = score?.applicable ? score.score : null;
    }
    return row;
  });
}

/** The radar's outer ring: scores can exceed 100 (revenue cap 120, cost cap 110). */
export function radarDomainMax(results: readonly ResultLike[]): number {
  const highest = Math.max(100, ...results.flatMap((r) => r.scores.map((s) => s.score ?? 0)));
  return Math.ceil(highest / 10) * 10;
}
