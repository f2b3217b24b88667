import { Decimal } from "decimal.js";
import { wan } from "./wan.ts";

type Yuan = string | Decimal;

/** One month's remittances of one unit (several rows of the same month are added up). */
export interface MonthRevenue {
  month: number;
  revenue: string;
}

export interface CumulativeRevenueInput {
  /** monthlyTotals rows: months without remittances may be missing. */
  months: readonly MonthRevenue[];
  /** 创收任务 for the year, yuan. */
  target: Yuan;
  /** The last month whose remittances count (12 for a finished year, the as-of month otherwise). */
  throughMonth: number;
  /** Projected year-end revenue as of the end of throughMonth (revenueProjection); omit for none. */
  projectedRevenue?: Yuan | null;
}

/** One x-axis point of the cumulative revenue chart, every value in 万元. */
export interface CumulativeRevenuePoint {
  month: number;
  /** Remitted from January to the end of this month; null after throughMonth (not known yet). */
  actual: number | null;
  /** The target, drawn as a flat line. */
  target: number;
  /** Where an even pace would be: target × month / 12. */
  pace: number;
  /** From the last actual point straight to the projected year end; null where not drawn. */
  projection: number | null;
}

export const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/** Remittances per month 1–12 (index 0 = January), summed exactly. */
export function revenueByMonth(months: readonly MonthRevenue[]): Decimal[] {
  const sums = MONTHS.map(() => new Decimal(0));
  for (const row of months) {
    if (row.month >= 1 && row.month <= 12) sums[row.month - 1] = sums[row.month - 1].plus(row.revenue);
  }
  return sums;
}

/**
 * Twelve points: cumulative actual revenue up to throughMonth, the target and the linear pace
 * line, and (mid-year) a straight projection from the last actual point to the projected year
 * end, so the reader sees at once whether the unit is ahead of pace and where it will land.
 */
export function cumulativeRevenueSeries(input: CumulativeRevenueInput): CumulativeRevenuePoint[] {
  const target = new Decimal(input.target);
  const through = Math.min(12, Math.max(0, Math.trunc(input.throughMonth)));
  const monthly = revenueByMonth(input.months);
  const cumulative: Decimal[] = [];
  monthly.reduce((sum, amount, i) => (cumulative[i] = sum.plus(amount)), new Decimal(0));

  const lastActual = through > 0 ? cumulative[through - 1] : new Decimal(0);
  const projected = input.projectedRevenue == null ? null : new Decimal(input.projectedRevenue);
  // A finished year has nothing left to project: the actual line already ends at the year end.
  const drawProjection = projected !== null && through < 12;

  return MONTHS.map((month, i) => {
    let projection: number | null = null;
    if (drawProjection && month >= through) {
      const progress = new Decimal(month - through).div(12 - through);
      projection = wan(lastActual.plus(projected.minus(lastActual).times(progress)));
    }
    return {
      month,
      actual: month <= through ? wan(cumulative[i]) : null,
      target: wan(target),
      pace: wan(target.times(month).div(12)),
      projection,
    };
  });
}

/** The fields of a revenueProjection row the cumulative chart needs. */
export interface UnitProjectionInput {
  unit: { code: string };
  revenueTarget: string;
  projectedRevenue: string;
}

/**
 * The cumulative series of one unit, or of the department (unitCode null): the department adds
 * every unit's months, targets and projections. Empty when no unit in scope has a contract, so
 * the chart shows its empty state rather than a line against a zero target.
 */
export function cumulativeRevenueFor(
  monthly: readonly (MonthRevenue & { unit: { code: string } })[],
  projections: readonly UnitProjectionInput[],
  unitCode: string | null,
  throughMonth: number,
): CumulativeRevenuePoint[] {
  const inScope = (row: { unit: { code: string } }) => unitCode === null || row.unit.code === unitCode;
  const contracts = projections.filter(inScope);
  if (contracts.length === 0) return [];
  const sum = (pick: (row: UnitProjectionInput) => string) => contracts.reduce((total, row) => total.plus(pick(row)), new Decimal(0));
  return cumulativeRevenueSeries({
    months: monthly.filter(inScope),
    target: sum((row) => row.revenueTarget),
    throughMonth,
    projectedRevenue: sum((row) => row.projectedRevenue),
  });
}
