import { Decimal } from "decimal.js";
import type { Knex } from "knex";
import { invalidField } from "../common/errors.ts";
import { Dec } from "../common/money.ts";
import { today } from "../years/today.ts";
import { loadAssessmentInputs } from "./assessment-inputs.repository.ts";
import { completionRate } from "./scoring/index.ts";

export interface ProjectionLine {
  unitId: number;
  year: number;
  unitCode: string;
  asOf: string;
  revenueTarget: string;
  revenueToDate: string;
  /** Percent of the target collected so far. */
  completionToDate: number;
  projectedRevenue: string;
  projectedCompletion: number;
  /** SEASONAL when earlier years' monthly pattern was used, LINEAR otherwise. */
  basis: "SEASONAL" | "LINEAR";
  /** Share of a year's revenue usually collected by asOf (0–1). */
  expectedShareToDate: number;
  remainingWeeks: number;
  /** What must still be remitted each remaining week to reach the target; 0 when reached. */
  weeklyAmountNeeded: string | null;
}

const DAY_MS = 86_400_000;
const utc = (day: string) => Date.parse(`${day}T00:00:00Z`);
const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The default "as of" day: today while the year runs, its last day once it is over. */
export function defaultAsOf(year: number, day = today()): string {
  if (day > `${year}-12-31`) return `${year}-12-31`;
  if (day < `${year}-01-01`) return `${year}-01-01`;
  return day;
}

/**
 * Share of a year's revenue collected by the end of `asOf`, from earlier years' monthly amounts
 * (averaged over the years available): full months before asOf plus the elapsed part of its month.
 */
export function seasonalShare(monthlyByYear: Map<number, Decimal[]>, asOf: string): Decimal | null {
  const month = Number(asOf.slice(5, 7));
  const day = Number(asOf.slice(8, 10));
  const year = Number(asOf.slice(0, 4));
  const shares: Decimal[] = [];
  for (const months of monthlyByYear.values()) {
    const annual = months.reduce((a, b) => a.plus(b), new Dec(0));
    if (!annual.greaterThan(0)) continue;
    const before = months.slice(0, month - 1).reduce((a, b) => a.plus(b), new Dec(0));
    const partial = months[month - 1].times(day).div(daysInMonth(year, month));
    shares.push(before.plus(partial).div(annual));
  }
  if (shares.length === 0) return null;
  return shares.reduce((a, b) => a.plus(b), new Dec(0)).div(shares.length);
}

/**
 * Year-end projection per unit from the year-to-date pace, adjusted by the unit's monthly pattern
 * of up to three previous years where they exist, with the weekly amount still needed.
 */
export async function projectYearEnd(knex: Knex, year: number, asOfInput?: string | null): Promise<ProjectionLine[]> {
  const asOf = asOfInput ?? defaultAsOf(year);
  if (asOf.slice(0, 4) !== String(year)) throw invalidField("asOf", "DATE_OUTSIDE_YEAR", { year, got: asOf });
  const until = new Date(utc(asOf) + DAY_MS).toISOString().slice(0, 10);
  const [inputs, history] = await Promise.all([
    loadAssessmentInputs(knex, { year, until }),
    knex("revenue_records")
      .where("record_date", ">=", `${year - 3}-01-01`)
      .andWhere("record_date", "<", `${year}-01-01`)
      .groupByRaw("unit_id, extract(year from record_date), extract(month from record_date)")
      .select(
        "unit_id",
        knex.raw("extract(year from record_date)::int as year"),
        knex.raw("extract(month from record_date)::int as month"),
        knex.raw("sum(amount)::text as amount"),
      ),
  ]);
  const monthly = new Map<number, Map<number, Decimal[]>>();
  for (const row of history) {
    const byYear = monthly.get(row.unit_id) ?? new Map<number, Decimal[]>();
    const months = byYear.get(row.year) ?? Array.from({ length: 12 }, () => new Dec(0));
    months[row.month - 1] = new Dec(row.amount);
    byYear.set(row.year, months);
    monthly.set(row.unit_id, byYear);
  }

  const elapsedDays = (utc(asOf) - utc(`${year}-01-01`)) / DAY_MS + 1;
  const yearDays = (utc(`${year + 1}-01-01`) - utc(`${year}-01-01`)) / DAY_MS;
  const remainingDays = yearDays - elapsedDays;
  const remainingWeeks = Math.ceil(remainingDays / 7);

  return inputs.map((unit) => {
    const target = new Dec(unit.contract.revenueTarget);
    const toDate = new Dec(unit.revenueActual);
    const seasonal = seasonalShare(monthly.get(unit.unitId) ?? new Map(), asOf);
    // Very early in the year a seasonal share is too small to divide by reliably.
    const share = seasonal?.greaterThan(0.02) ? seasonal : new Dec(elapsedDays).div(yearDays);
    const projected = remainingDays === 0 ? toDate : toDate.div(share);
    const shortfall = Decimal.max(0, target.minus(toDate));
    return {
      unitId: unit.unitId,
      year,
      unitCode: unit.unitCode,
      asOf,
      revenueTarget: target.toFixed(2),
      revenueToDate: toDate.toFixed(2),
      completionToDate: Number(completionRate(toDate.toFixed(), target.toFixed())),
      projectedRevenue: projected.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2),
      projectedCompletion: Number(completionRate(projected.toFixed(), target.toFixed())),
      basis: share === seasonal ? "SEASONAL" : "LINEAR",
      expectedShareToDate: share.toDecimalPlaces(4, Decimal.ROUND_HALF_UP).toNumber(),
      remainingWeeks,
      weeklyAmountNeeded:
        remainingWeeks === 0 ? (shortfall.isZero() ? "0.00" : null) : shortfall.div(remainingWeeks).toDecimalPlaces(2, Decimal.ROUND_UP).toFixed(2),
    };
  });
}
