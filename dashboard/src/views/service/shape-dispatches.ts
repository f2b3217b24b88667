import { countsByMonth, countsByUnit, percentOf, type MonthCounts, type UnitCounts } from "./shape-counts.ts";

export const DISPATCH_OUTCOMES = ["dispatchesOnTime", "dispatchesLate", "dispatchesRefused"] as const;
export type DispatchOutcomeKey = (typeof DISPATCH_OUTCOMES)[number];

type DispatchCounts = Record<DispatchOutcomeKey, number>;

export type DispatchUnitRow = UnitCounts<DispatchOutcomeKey> & {
  /** 按时率: on-time orders in percent of all orders (one decimal); null without orders. */
  onTimeRate: number | null;
};

/** Dispatch orders per unit by how the unit answered (stacked counts). */
export function dispatchesByUnit(rows: readonly (DispatchCounts & { unit: { code: string; name: string } })[]): DispatchUnitRow[] {
  return countsByUnit(rows, DISPATCH_OUTCOMES).map((row) => ({
    ...row,
    onTimeRate: row.total === 0 ? null : percentOf(row.dispatchesOnTime, row.total),
  }));
}

/**
 * The dispatch chart's order: the lowest 按时率 first, the units answering orders worst; units
 * without orders (no rate) last. Ties keep the given order.
 */
export function byLowestOnTime(rows: readonly DispatchUnitRow[]): DispatchUnitRow[] {
  const rate = (row: DispatchUnitRow) => row.onTimeRate ?? Infinity;
  return [...rows].sort((a, b) => (rate(a) === rate(b) ? 0 : rate(a) < rate(b) ? -1 : 1));
}

/** Dispatch orders per month by outcome, all given units added up. */
export function dispatchesByMonth(rows: readonly (DispatchCounts & { month: number })[]): MonthCounts<DispatchOutcomeKey>[] {
  return countsByMonth(rows, DISPATCH_OUTCOMES);
}
