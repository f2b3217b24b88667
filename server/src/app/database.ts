import { createKnex, migrateLatest, startEmbeddedPostgres } from "@station/db";
import { isDatabaseEmpty, loadDemoData } from "@station/db/demo";
import type { Knex } from "knex";
import type { Logger } from "pino";
import { createDemoUsers, ensureAdmin } from "../auth/bootstrap.ts";
import type { Config } from "../config.ts";

export interface Database {
  knex: Knex;
  embedded: boolean;
  /** Closes the pool and, for the embedded server, stops PostgreSQL cleanly. */
  close(): Promise<void>;
}

/**
 * Connects to the configured PostgreSQL (starting the embedded one when DATABASE_URL is not set),
 * applies pending migrations and loads the demo data when the configuration asks for it.
 */
export async function openDatabase(config: Config, logger: Logger): Promise<Database> {
  let url = config.databaseUrl;
  let stopEmbedded: (() => Promise<void>) | undefined;
  if (!url) {
    const started = performance.now();
    const embedded = await startEmbeddedPostgres({
      ...config.embedded,
      log: (message) => logger.debug({ component: "postgres" }, message),
    });
    logger.info(
      { dataDir: config.embedded.dataDir, port: config.embedded.port, created: embedded.created, ms: Math.round(performance.now() - started) },
      "embedded PostgreSQL started",
    );
    url = embedded.url;
    stopEmbedded = embedded.stop;
  }
  const knex = createKnex({ url, poolMax: config.poolMax, statementTimeoutMs: config.statementTimeoutMs });
  try {
    const applied = await migrateLatest(knex);
    if (applied.length > 0) logger.info({ migrations: applied }, "migrations applied");
    const wantDemo = config.demoData === "always" || (config.demoData === "auto" && stopEmbedded !== undefined);
    // Before the demo users: their demo-admin must not stand in for the real administrator.
    await ensureAdmin(knex, config.adminPassword, logger);
    if (wantDemo && (await isDatabaseEmpty(knex))) {
      const started = performance.now();
      const counts = await loadDemoData(knex);
      const users = await createDemoUsers(knex);
      logger.info({ rows: counts, demoUsers: users, ms: Math.round(performance.now() - started) }, "demo data loaded");
    }
  } catch (error) {
    await knex.destroy();
    await stopEmbedded?.();
    throw error;
  }
  return {
    knex,
    embedded: stopEmbedded !== undefined,
    async close() {
      await knex.destroy();
      await stopEmbedded?.();
    },
  };
}
