import { countsByMonth, countsByUnit, type MonthCounts, type UnitCounts } from "./shape-counts.ts";

/** Plain (first) complaints and 二次投诉 repeat complaints, as monthlyTotals and yearTotals count them. */
export const COMPLAINT_KINDS = ["complaints", "repeatComplaints"] as const;
export type ComplaintKey = (typeof COMPLAINT_KINDS)[number];

type ComplaintCounts = Record<ComplaintKey, number>;

/** Complaints and repeat complaints per month (stacked), all given units added up. */
export function complaintsByMonth(rows: readonly (ComplaintCounts & { month: number })[]): MonthCounts<ComplaintKey>[] {
  return countsByMonth(rows, COMPLAINT_KINDS);
}

/** The complaint chart's order: the most complaints (plain and repeat) first; ties keep the given order. */
export function byMostComplaints(rows: readonly UnitCounts<ComplaintKey>[]): UnitCounts<ComplaintKey>[] {
  return [...rows].sort((a, b) => b.total - a.total);
}

/** Complaints per unit in the order given (the order units were created, stable between years). */
export function complaintsByUnit(rows: readonly (ComplaintCounts & { unit: { code: string; name: string } })[]): UnitCounts<ComplaintKey>[] {
  return countsByUnit(rows, COMPLAINT_KINDS);
}
