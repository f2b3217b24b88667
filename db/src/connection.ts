import knexFactory, { type Knex } from "knex";
import PgClient from "knex/lib/dialects/postgres/index.js";
import pg from "pg";
import { preparingClient } from "./prepared-statements.ts";

// Money and rates are numeric: node-postgres already returns them as strings, which is what we
// want (no binary floating point ever holds money). Dates are calendar days, not instants, so
// keep them as 'YYYY-MM-DD' instead of letting pg build a local-time Date. Counts (bigint) are
// small enough for a number.
pg.types.setTypeParser(pg.types.builtins.DATE, (value: string) => value);
pg.types.setTypeParser(pg.types.builtins.INT8, (value: string) => Number.parseInt(value, 10));

export interface ConnectionOptions {
  /** postgres://user:password@host:port/database */
  url: string;
  poolMax?: number;
  /** Milliseconds after which PostgreSQL cancels a statement. */
  statementTimeoutMs?: number;
  /** Milliseconds to wait for PostgreSQL to accept a new connection. */
  connectTimeoutMs?: number;
  /** Milliseconds a query waits for a connection of the pool (all busy, or none can be made). */
  acquireTimeoutMs?: number;
  /** application_name of the connections (pg_stat_activity); one given in the URL wins. */
  applicationName?: string;
  /** Where knex's own warnings go (a dropped connection, say) instead of the console. */
  log?: { warn(message: string): void; error(message: string): void };
}

/**
 * A knex pool that survives its database going away: knex listens for errors on every pg client
 * (a broken idle connection is marked and dropped when next acquired, it never crashes the
 * process), new connections are made on demand (min 0) once the database answers again, and the
 * timeouts make a request fail quickly rather than hang while it does not.
 */
export function createKnex({
  url,
  poolMax = 10,
  statementTimeoutMs,
  connectTimeoutMs = 5_000,
  acquireTimeoutMs = 30_000,
  applicationName,
  log,
}: ConnectionOptions): Knex {
  return knexFactory({
    client: PreparingPgClient as unknown as typeof Knex.Client,
    connection: {
      connectionString: url,
      connectionTimeoutMillis: connectTimeoutMs,
      ...(applicationName ? { application_name: applicationName } : {}),
      ...(statementTimeoutMs ? { statement_timeout: statementTimeoutMs } : {}),
    },
    pool: { min: 0, max: poolMax },
    acquireConnectionTimeout: acquireTimeoutMs,
    ...(log ? { log: { warn: log.warn, error: log.error, deprecate: log.warn, debug: () => {} } } : {}),
  });
}

const PreparingPgClient = preparingClient(PgClient);

/** The URL of another database on the same server (used to create and drop databases). */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, "")) || "postgres";
}
