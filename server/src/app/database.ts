import { createKnex, migrateLatest, startEmbeddedPostgres, superviseEmbeddedPostgres, type EmbeddedDatabase } from "@station/db";
import { isDatabaseEmpty, loadDemoData } from "@station/db/demo";
import type { Knex } from "knex";
import type { Logger } from "pino";
import { createDemoUsers, ensureAdmin } from "../auth/bootstrap.ts";
import type { Config } from "../config.ts";

export interface Database {
  /** The primary: writes, transactions, authentication. */
  knex: Knex;
  /** DATABASE_READ_URL's pool (a replica) for GraphQL queries outside transactions, or null. */
  readKnex: Knex | null;
  embedded: boolean;
  /** Closes the pool and, for an embedded server this process started, stops PostgreSQL cleanly. */
  close(): Promise<void>;
}

export interface OpenOptions {
  /**
   * The server: supervise the embedded PostgreSQL (stop an orphan of a killed server, start it
   * again when it dies) and call this when it cannot be started again. Without it (the
   * command-line tools) a running server's PostgreSQL is used as it is and never stopped.
   */
  onEmbeddedGaveUp?: (error: Error) => void;
}

/**
 * Connects to the configured PostgreSQL (starting the embedded one when DATABASE_URL is not set),
 * applies pending migrations and loads the demo data when the configuration asks for it.
 */
export async function openDatabase(config: Config, logger: Logger, options: OpenOptions = {}): Promise<Database> {
  let url = config.databaseUrl;
  let embedded: EmbeddedDatabase | undefined;
  if (!url) {
    const started = performance.now();
    const log = (message: string) => logger.debug({ component: "postgres" }, message);
    embedded = options.onEmbeddedGaveUp
      ? await superviseEmbeddedPostgres({
          ...config.embedded,
          log,
          report: (level, message, details) => logger[level]({ component: "postgres-supervisor", ...details }, message),
          onGaveUp: options.onEmbeddedGaveUp,
        })
      : await startEmbeddedPostgres({ ...config.embedded, log });
    logger.info(
      { dataDir: config.embedded.dataDir, port: config.embedded.port, created: embedded.created, ms: Math.round(performance.now() - started) },
      "embedded PostgreSQL started",
    );
    url = embedded.url;
  }
  const pool = (poolUrl: string, applicationName: string) =>
    createKnex({
      url: poolUrl,
      applicationName,
      poolMax: config.poolMax,
      statementTimeoutMs: config.statementTimeoutMs,
      connectTimeoutMs: config.connectTimeoutMs,
      acquireTimeoutMs: config.acquireTimeoutMs,
      // knex warns once per failed connection attempt, stack included: the first line says it.
      log: {
        warn: (message) => logger.warn({ component: "knex", pool: applicationName }, String(message).split("\n")[0]),
        error: (message) => logger.error({ component: "knex", pool: applicationName }, String(message).split("\n")[0]),
      },
    });
  const knex = pool(url, "station-assessment");
  const readKnex = config.databaseReadUrl ? pool(config.databaseReadUrl, "station-assessment-read") : null;
  try {
    const applied = await migrateLatest(knex);
    if (applied.length > 0) logger.info({ migrations: applied }, "migrations applied");
    const wantDemo = config.demoData === "always" || (config.demoData === "auto" && embedded !== undefined);
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
    await readKnex?.destroy();
    await embedded?.stop();
    throw error;
  }
  return {
    knex,
    readKnex,
    embedded: embedded !== undefined,
    async close() {
      await knex.destroy();
      await readKnex?.destroy();
      await embedded?.stop();
    },
  };
}
