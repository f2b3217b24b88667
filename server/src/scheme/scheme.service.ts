import type { Knex } from "knex";
import { assertYearsOpen } from "../assessment/year-guard.ts";
import { InvalidInputError } from "../common/errors.ts";
import { applySchemeChanges, cloneScheme, DEFAULT_SCHEME, type SchemeChanges, type SchemeParameters } from "./scheme.model.ts";
import { findStoredScheme, storeScheme } from "./scheme.repository.ts";
import { validateScheme } from "./scheme.validation.ts";

export interface YearScheme {
  year: number;
  isDefault: boolean;
  parameters: SchemeParameters;
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    throw new InvalidInputError([{ field: "year", reason: `must be a year from 2000 to 2100 (got ${year})` }], "year");
  }
}

/** The year's scheme: the stored one, or the defaults when the committee has set none. */
export async function schemeForYear(knex: Knex, year: number): Promise<YearScheme> {
  checkYear(year);
  const stored = await findStoredScheme(knex, year);
  return { year, isDefault: stored === null, parameters: stored ?? cloneScheme(DEFAULT_SCHEME) };
}

/** Applies and validates changes without storing them (for simulations). */
export async function schemeWithChanges(knex: Knex, year: number, changes: SchemeChanges): Promise<YearScheme> {
  const current = await schemeForYear(knex, year);
  const parameters = applySchemeChanges(current.parameters, changes);
  validateScheme(changes, parameters);
  return { year, isDefault: false, parameters };
}

export async function setScheme(knex: Knex, year: number, changes: SchemeChanges): Promise<YearScheme> {
  return knex.transaction(async (trx) => {
    // Lock the year's row (if any) so two concurrent partial changes both apply.
    await trx.raw("select pg_advisory_xact_lock(hashtext('scheme'), ?)", [year]);
    const next = await schemeWithChanges(trx, year, changes);
    await assertYearsOpen(trx, [year]);
    await storeScheme(trx, year, next.parameters);
    return next;
  });
}
