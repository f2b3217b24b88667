import DataLoader from "dataloader";
import type { Knex } from "knex";
import { DomainError } from "../common/errors.ts";

/** Years among `years` that are finalised. */
export async function finalizedAmong(knex: Knex, years: Iterable<number>): Promise<number[]> {
  const unique = [...new Set(years)];
  if (unique.length === 0) return [];
  const rows = await knex("finalized_years").whereIn("year", unique).select("year").orderBy("year");
  return rows.map((r: { year: number }) => r.year);
}

/** Per request: whether a year is finalised, all years asked for in one query. */
export function createFinalizedYearLoader(knex: Knex): DataLoader<number, boolean> {
  return new DataLoader<number, boolean>(async (years) => {
    const finalized = new Set(await finalizedAmong(knex, years));
    return years.map((year) => finalized.has(year));
  });
}

export function yearFinalizedError(years: number[]): DomainError {
  return new DomainError("YEAR_FINALIZED", "YEAR_FINALIZED", { years: years.join(", ") }, { years });
}

/**
 * Refuses a change to a finalised year with YEAR_FINALIZED before anything is written. The
 * database enforces the same rule in its triggers (and serialises writers with finalisation);
 * this check only gives the caller the clear error early.
 */
export async function assertYearsOpen(knex: Knex, years: Iterable<number>): Promise<void> {
  const closed = await finalizedAmong(knex, years);
  if (closed.length > 0) throw yearFinalizedError(closed);
}
