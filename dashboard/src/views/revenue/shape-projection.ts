import { Decimal } from "decimal.js";
import { wan } from "./wan.ts";

/** The fields of a revenueProjection row the projection table shows. */
export interface ProjectionInput {
  unit: { code: string; name: string };
  asOf: string;
  basis: string;
  revenueTarget: string;
  revenueToDate: string;
  projectedRevenue: string;
  completionToDate: number;
  projectedCompletion: number;
  expectedShareToDate: number;
  remainingWeeks: number;
  weeklyAmountNeeded: string | null;
}

export type ProjectionOutlook = "reached" | "onTrack" | "atRisk" | "missed";

export interface ProjectionRow {
  unitCode: string;
  unitName: string;
  toDate: number;
  target: number;
  projected: number;
  completionToDate: number;
  projectedCompletion: number;
  /** toDate − target, 万元: over (+) or short (−). */
  gap: number;
  /** SEASONAL or LINEAR: which pace the server projected from. */
  basis: string;
  /** 万元 still needed per remaining week; null once the year is over. */
  weeklyNeeded: number | null;
  remainingWeeks: number;
  outlook: ProjectionOutlook;
}

/**
 * The projection table: what each unit has collected, where it is heading and what it still
 * needs per week. The outlook turns the numbers into the one word a manager scans for:
 * target already reached, on track (projected ≥ target), at risk, or missed (year over, short).
 */
export function projectionRows(rows: readonly ProjectionInput[]): ProjectionRow[] {
  return rows.map((row) => {
    const target = new Decimal(row.revenueTarget);
    const toDate = new Decimal(row.revenueToDate);
    const projected = new Decimal(row.projectedRevenue);
    const yearOver = row.remainingWeeks === 0;
    const outlook: ProjectionOutlook = toDate.gte(target) ? "reached" : yearOver ? "missed" : projected.gte(target) ? "onTrack" : "atRisk";
    return {
      unitCode: row.unit.code,
      unitName: row.unit.name,
      toDate: wan(toDate),
      target: wan(target),
      projected: wan(projected),
      completionToDate: row.completionToDate,
      projectedCompletion: row.projectedCompletion,
      gap: wan(toDate.minus(target)),
      basis: row.basis,
      weeklyNeeded: yearOver || row.weeklyAmountNeeded === null ? null : wan(row.weeklyAmountNeeded),
      remainingWeeks: row.remainingWeeks,
      outlook,
    };
  });
}

export interface RevenueSummary {
  toDate: number;
  target: number;
  /** toDate / target in percent, 2 decimals (as the API rounds); null without a target. */
  completion: number | null;
  projected: number;
  projectedCompletion: number | null;
  /** toDate − target, 万元: over (+) or short (−) of the target. */
  gap: number;
  /** Sum of the units' weekly amounts still needed, 万元; null once the year is over. */
  weeklyNeeded: number | null;
  unitCount: number;
}

/**
 * The headline figures for one unit, or the department (all rows) when unitCode is null: money
 * is added exactly, and the department's completion is its total over its total target, not an
 * average of percentages (a big station must weigh more than the collective group).
 */
export function revenueSummary(rows: readonly ProjectionInput[], unitCode: string | null): RevenueSummary | null {
  const picked = unitCode === null ? rows : rows.filter((row) => row.unit.code === unitCode);
  if (picked.length === 0) return null;
  const sum = (pick: (row: ProjectionInput) => string) => picked.reduce((total, row) => total.plus(pick(row)), new Decimal(0));
  const toDate = sum((r) => r.revenueToDate);
  const target = sum((r) => r.revenueTarget);
  const projected = sum((r) => r.projectedRevenue);
  const percent = (value: Decimal) => (target.isZero() ? null : value.div(target).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toNumber());
  const yearOver = picked.every((row) => row.remainingWeeks === 0);
  return {
    toDate: wan(toDate),
    target: wan(target),
    completion: percent(toDate),
    projected: wan(projected),
    projectedCompletion: percent(projected),
    gap: wan(toDate.minus(target)),
    weeklyNeeded: yearOver ? null : wan(sum((r) => r.weeklyAmountNeeded ?? "0")),
    unitCount: picked.length,
  };
}
