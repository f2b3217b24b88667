import { countsByMonth, countsByUnit, percentOf, type MonthCounts } from "./shape-counts.ts";

export const CALLBACK_OUTCOMES = ["callbacksSatisfied", "callbacksBasicallySatisfied", "callbacksDissatisfied"] as const;
export type CallbackOutcomeKey = (typeof CALLBACK_OUTCOMES)[number];

type CallbackCounts = Record<CallbackOutcomeKey, number>;

export interface CallbackShareRow extends CallbackCounts {
  unitCode: string;
  unitName: string;
  callbacks: number;
  /** Percent of the unit's callbacks per outcome (one decimal) for the 100 % bars. */
  satisfiedShare: number;
  basicallySatisfiedShare: number;
  dissatisfiedShare: number;
  /**
   * 满意率 as the assessment counts it: (satisfied + ½ basically satisfied) / callbacks, percent;
   * null without callbacks (the assessment then gives the full base, which is not a rate).
   */
  satisfactionRate: number | null;
}

/**
 * Callback outcomes per unit as shares of the unit's callbacks, so units with many and few calls
 * compare fairly; the counts stay in the row for the tooltip.
 */
export function callbackShares(rows: readonly (CallbackCounts & { unit: { code: string; name: string } })[]): CallbackShareRow[] {
  return countsByUnit(rows, CALLBACK_OUTCOMES).map((row) => ({
    ...row,
    callbacks: row.total,
    satisfiedShare: percentOf(row.callbacksSatisfied, row.total),
    basicallySatisfiedShare: percentOf(row.callbacksBasicallySatisfied, row.total),
    dissatisfiedShare: percentOf(row.callbacksDissatisfied, row.total),
    // Half points counted in integers (2 × satisfied + basically) so no float creeps into the rate.
    satisfactionRate:
      row.total === 0 ? null : Math.round(((2 * row.callbacksSatisfied + row.callbacksBasicallySatisfied) / (2 * row.total)) * 10000) / 100,
  }));
}

/**
 * The callback chart's order: the lowest 满意率 first, the units losing most satisfaction points;
 * units without callbacks (no rate) last. Ties keep the given order.
 */
export function byLowestSatisfaction(rows: readonly CallbackShareRow[]): CallbackShareRow[] {
  const rate = (row: CallbackShareRow) => row.satisfactionRate ?? Infinity;
  return [...rows].sort((a, b) => (rate(a) === rate(b) ? 0 : rate(a) < rate(b) ? -1 : 1));
}

/** Callbacks per month by outcome (stacked counts). */
export function callbacksByMonth(rows: readonly (CallbackCounts & { month: number })[]): MonthCounts<CallbackOutcomeKey>[] {
  return countsByMonth(rows, CALLBACK_OUTCOMES);
}
