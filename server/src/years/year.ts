import { invalidField } from "../common/errors.ts";

/** The years the product keeps (the database's check constraints say the same). */
export const FIRST_YEAR = 2000;
export const LAST_YEAR = 2100;

export const isYear = (value: unknown): value is number =>
  typeof value === "number" && Number.isInteger(value) && value >= FIRST_YEAR && value <= LAST_YEAR;

/** The one year rule: refuses anything but a whole year from FIRST_YEAR to LAST_YEAR. */
export function checkYear(year: unknown, field = "year"): number {
  if (!isYear(year)) throw invalidField(field, "YEAR_RANGE", { got: String(year) });
  return year;
}

/**
 * The rule for a plain `year: Int` argument (type-graphql runs it before the resolver), so every
 * query and mutation taking a year refuses a bad one the same way: `@Arg("year", () => Int, yearArg())`.
 */
export const yearArg = (name = "year", extra: { nullable?: boolean; description?: string } = {}) => ({
  ...extra,
  validateFn: (value: unknown) => {
    if (value === null || value === undefined) return;
    checkYear(value, name);
  },
});

/** [first day, first day of next year) — the half-open range every "records of year Y" uses. */
export function yearRange(year: number): [string, string] {
  return [`${year}-01-01`, `${year + 1}-01-01`];
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4));
}

/** The first day after a quarter (exclusive end of the year-to-date period). */
export function endOfQuarter(year: number, quarter: number): string {
  return quarter === 4 ? `${year + 1}-01-01` : `${year}-${String(quarter * 3 + 1).padStart(2, "0")}-01`;
}
