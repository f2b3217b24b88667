import type { Knex } from "knex";

/**
 * A data version per year, so a server can serve an unchanged year's assessment without
 * recomputing it and every instance sees a write at once: every statement that writes a year's
 * data appends a row naming the year (once per statement and year, from its transition table);
 * a write that touches every year (a unit, its names, a committee member's name) appends one with
 * year null. A year's version is (count, max id) of its rows and the null ones.
 *
 * Appending rather than bumping a counter: concurrent writers of one year never wait for each
 * other, and no lock order between years can deadlock. The count is part of the version because
 * ids are taken before commit: a transaction holding id 10 may commit after one holding 11, and
 * then only the count tells.
 */
const DATED_TABLES = ["revenue_records", "cost_records", "callbacks", "complaints", "dispatch_orders"];
const YEAR_TABLES = ["contracts", "schemes", "committee_scores", "committee_memberships", "household_register", "fee_tariffs", "finalized_years"];
const ALL_YEAR_TABLES = ["units", "unit_names", "committee_members"];
const EVENTS = [
  ["insert", "new"],
  ["update", "new"],
  ["delete", "old"],
] as const;

export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    create table data_changes (
      id bigserial primary key,
      year int,
      changed_at timestamptz not null default now()
    );
    create index data_changes_year_idx on data_changes (year, id);

    create function note_dated_changes() returns trigger language plpgsql as $$
    begin
      insert into data_changes (year) select distinct extract(year from record_date)::int from changed_rows;
      return null;
    end $$;

    create function note_year_changes() returns trigger language plpgsql as $$
    begin
      insert into data_changes (year) select distinct year from changed_rows;
      return null;
    end $$;

    create function note_all_years_change() returns trigger language plpgsql as $$
    begin
      insert into data_changes (year) values (null);
      return null;
    end $$;
  `);
  const tables: [string[], string][] = [
    [DATED_TABLES, "note_dated_changes"],
    [YEAR_TABLES, "note_year_changes"],
  ];
  for (const [names, fn] of tables) {
    for (const table of names) {
      for (const [event, image] of EVENTS) {
        await knex.raw(
          `create trigger ${table}_${event}_data_change after ${event} on ${table} referencing ${image} table as changed_rows
           for each statement execute function ${fn}()`,
        );
      }
    }
  }
  for (const table of ALL_YEAR_TABLES) {
    await knex.raw(
      `create trigger ${table}_data_change after insert or update or delete on ${table} for each statement execute function note_all_years_change()`,
    );
  }
  // TRUNCATE has no transition table: it changes every year.
  for (const table of [...DATED_TABLES, ...YEAR_TABLES, ...ALL_YEAR_TABLES]) {
    await knex.raw(
      `create trigger ${table}_truncate_data_change after truncate on ${table} for each statement execute function note_all_years_change()`,
    );
  }
}

export async function down(knex: Knex): Promise<void> {
  for (const table of [...DATED_TABLES, ...YEAR_TABLES]) {
    for (const [event] of EVENTS) await knex.raw(`drop trigger ${table}_${event}_data_change on ${table}`);
  }
  for (const table of ALL_YEAR_TABLES) await knex.raw(`drop trigger ${table}_data_change on ${table}`);
  for (const table of [...DATED_TABLES, ...YEAR_TABLES, ...ALL_YEAR_TABLES]) await knex.raw(`drop trigger ${table}_truncate_data_change on ${table}`);
  await knex.raw(
    "drop function note_dated_changes(); drop function note_year_changes(); drop function note_all_years_change(); drop table data_changes;",
  );
}
