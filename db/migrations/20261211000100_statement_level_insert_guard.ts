import type { Knex } from "knex";

/**
 * A bulk import inserts 156,000 rows in a few statements; the finalised-year guard ran once per
 * row (a plpgsql call, the shared advisory lock and a look-up in finalized_years each time),
 * which was a third of the time spent storing. Inserts into the dated ledgers are now guarded
 * once per statement, per distinct year of the rows it inserted (a transition table); updates and
 * deletes (voids, a reopen's clean-up) stay guarded per row.
 *
 * The race with finalisation keeps its guarantees: the statement-level trigger runs after the
 * rows are written but before the statement completes, takes the year's lock shared and then
 * looks at finalized_years. A finalisation that committed first is seen (READ COMMITTED: a new
 * snapshot per statement in plpgsql) and the statement fails, so nothing is stored; a
 * finalisation that starts later waits for this transaction to commit.
 *
 * The index on corrects_id becomes partial: almost every record corrects nothing, and the
 * look-ups (`corrects_id = …`) only ever ask for one that does.
 */
const DATED_TABLES = ["revenue_records", "cost_records", "callbacks", "complaints", "dispatch_orders"];
const MONEY_TABLES = ["revenue_records", "cost_records"];

export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    create function guard_dated_insert_statement() returns trigger language plpgsql as $$
    declare inserted_year int;
    begin
      for inserted_year in select distinct extract(year from record_date)::int from inserted_rows order by 1 loop
        perform refuse_finalized_year(inserted_year);
      end loop;
      return null;
    end $$;
  `);
  for (const table of DATED_TABLES) {
    await knex.raw(`drop trigger ${table}_finalized_guard on ${table}`);
    await knex.raw(`create trigger ${table}_finalized_guard before update or delete on ${table} for each row execute function guard_dated_row()`);
    await knex.raw(
      `create trigger ${table}_finalized_insert_guard after insert on ${table} referencing new table as inserted_rows
       for each statement execute function guard_dated_insert_statement()`,
    );
  }
  for (const table of MONEY_TABLES) {
    await knex.raw(`drop index ${table}_corrects_idx`);
    await knex.raw(`create index ${table}_corrects_idx on ${table} (corrects_id) where corrects_id is not null`);
  }
}

export async function down(knex: Knex): Promise<void> {
  for (const table of MONEY_TABLES) {
    await knex.raw(`drop index ${table}_corrects_idx`);
    await knex.raw(`create index ${table}_corrects_idx on ${table} (corrects_id)`);
  }
  for (const table of DATED_TABLES) {
    await knex.raw(`drop trigger ${table}_finalized_insert_guard on ${table}`);
    await knex.raw(`drop trigger ${table}_finalized_guard on ${table}`);
    await knex.raw(
      `create trigger ${table}_finalized_guard before insert or update or delete on ${table} for each row execute function guard_dated_row()`,
    );
  }
  await knex.raw("drop function guard_dated_insert_statement()");
}
