import { limitUnits } from "../../charts/chart-limits.ts";

/** The fields of a committeeScores row the spread chart needs. */
export interface CommitteeScoreInput {
  unit: { code: string; name: string };
  dimension: string;
  score: number;
}

/** The five-number summary of one unit's committee scores on one dimension. */
export interface ScoreSpread {
  unitCode: string;
  unitName: string;
  count: number;
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
  mean: number;
  /** [min, max] and [q1, q3]: range values a floating bar can draw directly. */
  whisker: [number, number];
  box: [number, number];
  /** Every score, ascending: with five to seven raters each one is worth a dot. */
  scores: number[];
}

/** The committee dimensions, in the order the assessment lists them. */
export const COMMITTEE_DIMENSIONS = ["SATISFACTION", "COOPERATION"] as const;
export type CommitteeDimension = (typeof COMMITTEE_DIMENSIONS)[number];

const round2 = (value: number) => Math.round(value * 100) / 100;

/**
 * The p-quantile of sorted values by linear interpolation between closest ranks (the common
 * spreadsheet QUARTILE.INC / R type 7 definition), so the figures match what a committee member
 * gets from the same scores in Excel.
 */
export function quantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new Error("quantile of no values");
  const position = (sorted.length - 1) * p;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return sorted[lower] + (sorted[upper] - sorted[lower]) * (position - lower);
}

/** Summarises a non-empty list of scores. */
export function summarise(scores: readonly number[]) {
  const sorted = [...scores].sort((a, b) => a - b);
  const mean = sorted.reduce((a, b) => a + b, 0) / sorted.length;
  return {
    count: sorted.length,
    min: sorted[0],
    q1: round2(quantile(sorted, 0.25)),
    median: round2(quantile(sorted, 0.5)),
    q3: round2(quantile(sorted, 0.75)),
    max: sorted[sorted.length - 1],
    mean: round2(mean),
  };
}

/**
 * Per dimension, one spread per unit that has scores, in the order units first appear (the API
 * lists scores by unit), so a unit keeps its place in both charts. Units the committee has not
 * scored on a dimension are simply absent there: an empty box would read as a zero score.
 */
export function committeeSpread(rows: readonly CommitteeScoreInput[]): Record<CommitteeDimension, ScoreSpread[]> {
  const units = new Map<string, string>();
  const scores = new Map<string, number[]>();
  for (const row of rows) {
    if (!units.has(row.unit.code)) units.set(row.unit.code, row.unit.name);
    const key = `${row.dimension}\u0000${row.unit.code}`;
    scores.set(key, [...(scores.get(key) ?? []), row.score]);
  }
  const spreadOf = (dimension: CommitteeDimension): ScoreSpread[] =>
    [...units].flatMap(([unitCode, unitName]) => {
      const values = scores.get(`${dimension}\u0000${unitCode}`);
      if (!values) return [];
      const s = summarise(values);
      return [{ unitCode, unitName, ...s, whisker: [s.min, s.max], box: [s.q1, s.q3], scores: [...values].sort((a, b) => a - b) }];
    });
  return { SATISFACTION: spreadOf("SATISFACTION"), COOPERATION: spreadOf("COOPERATION") };
}

/** The y-axis of the spread charts: from a round ten under the lowest score to 100. */
export function spreadDomain(spreads: readonly ScoreSpread[]): [number, number] {
  const lowest = Math.min(100, ...spreads.map((s) => s.min));
  return [Math.max(0, Math.floor((lowest - 5) / 10) * 10), 100];
}

export interface SpreadsToDraw {
  spreads: Record<CommitteeDimension, ScoreSpread[]>;
  /** Per dimension: how many units the chart draws and how many have scores there. */
  shown: Record<CommitteeDimension, { shown: number; total: number }>;
}

/**
 * The units the spread charts draw: those the committee disagrees on most first (the widest range
 * from lowest to highest score on either dimension; ties keep first-seen order), at most `max` per
 * chart, the picked unit kept. Both charts use the one order, so units scored on both dimensions
 * come in the same order in both.
 */
export function spreadsToDraw(spread: Record<CommitteeDimension, ScoreSpread[]>, max: number, selected?: string | null): SpreadsToDraw {
  const widest = new Map<string, number>();
  for (const dimension of COMMITTEE_DIMENSIONS) {
    for (const s of spread[dimension]) widest.set(s.unitCode, Math.max(widest.get(s.unitCode) ?? 0, s.max - s.min));
  }
  const draw = (dimension: CommitteeDimension) => {
    const ordered = [...spread[dimension]].sort((a, b) => widest.get(b.unitCode)! - widest.get(a.unitCode)!);
    return limitUnits(ordered, max, (s) => s.unitCode, selected);
  };
  const satisfaction = draw("SATISFACTION");
  const cooperation = draw("COOPERATION");
  return {
    spreads: { SATISFACTION: satisfaction.shown, COOPERATION: cooperation.shown },
    shown: {
      SATISFACTION: { shown: satisfaction.shown.length, total: satisfaction.total },
      COOPERATION: { shown: cooperation.shown.length, total: cooperation.total },
    },
  };
}
