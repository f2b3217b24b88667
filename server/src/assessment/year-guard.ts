import type { Knex } from "knex";
import { DomainError } from "../common/errors.ts";

/** Years among `years` that are finalised. */
export async function finalizedAmong(knex: Knex, years: Iterable<number>): Promise<number[]> {
  const unique = [...new Set(years)];
  if (unique.length === 0) return [];
  const rows = await knex("finalized_years").whereIn("year", unique).select("year").orderBy("year");
  return rows.map((r: { year: number }) => r.year);
}

/**
 * Refuses a change to a finalised year with YEAR_FINALIZED before anything is written. The
 * database enforces the same rule with a trigger; this check gives the caller a clear error early.
 */
export async function assertYearsOpen(knex: Knex, years: Iterable<number>): Promise<void> {
  const closed = await finalizedAmong(knex, years);
  if (closed.length > 0) throw yearFinalizedError(closed);
}

export function yearFinalizedError(years: number[]): DomainError {
  return new DomainError(
    "YEAR_FINALIZED",
    `${years.join(", ")} ${years.length === 1 ? "is" : "are"} finalised: its records, contracts, scheme and scores can no longer change (the committee can reopen it)`,
    { years },
  );
}
