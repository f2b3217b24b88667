import { Decimal } from "decimal.js";

/** One month of a collectionByMonth series as the API sends it (money as exact yuan strings). */
export interface CollectionMonthInput {
  month: number;
  hasRegister: boolean;
  receivable: string;
  collected: string;
  collectionRate: number | null;
}

/** A series: a unit's (code) or the department's (unit null). */
export interface CollectionSeriesInput {
  unit: { code: string } | null;
  months: readonly CollectionMonthInput[];
}

/** The department's key in chart points (no unit code can be it: codes are lower-case letters first). */
export const DEPARTMENT_KEY = "_department";

/** One month of the rate-by-month chart: each line's rate in percent, null where not applicable (a gap). */
export type CollectionPoint = { month: number } & Record<string, number | null>;

/**
 * The rate-by-month chart: one point per month 1–12 with each unit's 收缴率 and the department's.
 * A month without a register entry has no rate (the line breaks there rather than dropping to 0).
 * `withDepartment` false leaves the department's line out (a station head in an open year: the
 * server's department figure is their own unit's, and nothing should claim otherwise).
 */
export function collectionChartPoints(
  series: readonly CollectionSeriesInput[],
  withDepartment = true,
): { points: CollectionPoint[]; keys: string[] } {
  const lines = series.filter((s) => s.unit !== null || withDepartment);
  const keys = lines.map((s) => s.unit?.code ?? DEPARTMENT_KEY);
  const points: CollectionPoint[] = Array.from({ length: 12 }, (_, i) => ({ month: i + 1 }) as CollectionPoint);
  lines.forEach((line, index) => {
    for (const m of line.months) {
      if (m.month >= 1 && m.month <= 12) points[m.month - 1][keys[index]] = m.hasRegister ? m.collectionRate : null;
    }
  });
  return { points, keys };
}

/** A row of the collection table: the year's receivable, collected and rate of a unit (or the department). */
export interface CollectionRow {
  key: string;
  unitCode: string | null;
  monthsWithRegister: number;
  receivable: string;
  collected: string;
  /** Percent, half-up to 2 decimals; null when not applicable. */
  collectionRate: number | null;
  /** The lowest and highest monthly rate (null without any). */
  lowest: number | null;
  highest: number | null;
}

/**
 * The year of a series: receivable and collected summed exactly over the months that have a
 * register entry (the API sends 0.00 for the others), and the rate of the sums (§9), so the
 * 合计 row is the department's rate, not an average of the units' rates.
 */
export function collectionRow(series: CollectionSeriesInput): CollectionRow {
  let receivable = new Decimal(0);
  let collected = new Decimal(0);
  let months = 0;
  const rates: number[] = [];
  for (const m of series.months) {
    if (!m.hasRegister) continue;
    months += 1;
    receivable = receivable.plus(m.receivable);
    collected = collected.plus(m.collected);
    if (m.collectionRate !== null) rates.push(m.collectionRate);
  }
  const rate = receivable.gt(0) ? Number(collected.times(100).div(receivable).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2)) : null;
  return {
    key: series.unit?.code ?? DEPARTMENT_KEY,
    unitCode: series.unit?.code ?? null,
    monthsWithRegister: months,
    receivable: receivable.toFixed(2),
    collected: collected.toFixed(2),
    collectionRate: rate,
    lowest: rates.length > 0 ? Math.min(...rates) : null,
    highest: rates.length > 0 ? Math.max(...rates) : null,
  };
}
