import type { Knex } from "knex";
import { schemeFromStored, type SchemeParameters } from "./scheme.model.ts";

export async function findStoredScheme(knex: Knex, year: number): Promise<SchemeParameters | null> {
  const row = await knex("schemes").where({ year }).first("parameters");
  return row ? schemeFromStored(row.parameters) : null;
}

export async function storeScheme(knex: Knex, year: number, scheme: SchemeParameters): Promise<void> {
  await knex("schemes")
    .insert({ year, parameters: JSON.stringify(scheme) })
    .onConflict("year")
    .merge({ parameters: JSON.stringify(scheme), updated_at: knex.fn.now() });
}
