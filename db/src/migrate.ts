import type { Knex } from "knex";
import { MIGRATIONS } from "../migrations/index.ts";

const migrationSource: Knex.MigrationSource<[string, Knex.Migration]> = {
  getMigrations: async () => MIGRATIONS,
  getMigrationName: ([name]) => name,
  getMigration: async ([, migration]) => migration,
};

const migrationConfig: Knex.MigratorConfig = { migrationSource, tableName: "knex_migrations" };

/** Applies every pending migration; returns the names applied. */
export async function migrateLatest(knex: Knex): Promise<string[]> {
  const [, applied] = (await knex.migrate.latest(migrationConfig)) as [number, string[]];
  return applied;
}

/** Drops every table of the application, then migrates from scratch. */
export async function rebuildSchema(knex: Knex): Promise<void> {
  await knex.raw("drop schema public cascade; create schema public;");
  await migrateLatest(knex);
}
