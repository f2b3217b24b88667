import type { Knex } from "knex";
import { PREPARE } from "@station/db";

/**
 * A year's data version (see migration 20261211000200_year_data_changes): changes whenever a
 * statement that writes the year's data — through the API, an import or plain SQL — commits, on
 * every instance at once. One index-only read.
 */
export async function yearDataVersion(knex: Knex, year: number): Promise<string> {
  const result = await knex
    .raw<{ rows: { changes: string; last: string }[] }>(
      "select count(*)::text as changes, coalesce(max(id), 0)::text as last from data_changes where year = ? or year is null",
      [year],
    )
    .options(PREPARE);
  const row = result.rows[0];
  return `${row.changes}:${row.last}`;
}
