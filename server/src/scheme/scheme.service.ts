import type { Knex } from "knex";
import { noteChange } from "../audit/audit-change.ts";
import { assertYearsOpen } from "../years/finalized-years.ts";
import { applySchemeChanges, cloneScheme, DEFAULT_SCHEME, type SchemeChanges, type SchemeParameters } from "./scheme.model.ts";
import { findStoredScheme, storeScheme } from "./scheme.repository.ts";
import { validateScheme } from "./scheme.validation.ts";

export interface YearScheme {
  year: number;
  isDefault: boolean;
  parameters: SchemeParameters;
}

/** The year's scheme: the stored one, or the defaults when the committee has set none. */
export async function schemeForYear(knex: Knex, year: number): Promise<YearScheme> {
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
    const before = await schemeForYear(trx, year);
    const next = await schemeWithChanges(trx, year, changes);
    await assertYearsOpen(trx, [year]);
    await storeScheme(trx, year, next.parameters);
    noteChange({ year, scheme: { before: before.isDefault ? "default" : before.parameters, after: next.parameters } });
    return next;
  });
}
