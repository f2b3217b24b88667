import { Decimal } from "decimal.js";
import { toWanValue } from "./chart-money.ts";

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
    const outlook: ProjectionOutlook = toDate.gte(target)
      ? "reached"
      : yearOver
        ? "missed"
        : projected.gte(target)
          ? "onTrack"
          : "atRisk";
    return {
      unitCode: row.unit.code,
      unitName: row.unit.name,
      toDate: toWanValue(toDate),
      target: toWanValue(target),
      projected: toWanValue(projected),
      completionToDate: row.completionToDate,
      projectedCompletion: row.projectedCompletion,
      basis: row.basis,
      weeklyNeeded: yearOver || row.weeklyAmountNeeded === null ? null : toWanValue(row.weeklyAmountNeeded),
      remainingWeeks: row.remainingWeeks,
      outlook,
    };
  });
}
