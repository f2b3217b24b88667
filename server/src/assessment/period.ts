import { InvalidInputError } from "../common/errors.ts";

export function checkYear(year: number, field = "year"): void {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    throw new InvalidInputError([{ field, reason: `must be a year from 2000 to 2100 (got ${year})` }], field);
  }
}

/** The first day after a quarter (exclusive end of the year-to-date period). */
export function endOfQuarter(year: number, quarter: number): string {
  return quarter === 4 ? `${year + 1}-01-01` : `${year}-${String(quarter * 3 + 1).padStart(2, "0")}-01`;
}
