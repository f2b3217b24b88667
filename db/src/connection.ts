import knexFactory, { type Knex } from "knex";
import pg from "pg";

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
}

export function createKnex({ url, poolMax = 10, statementTimeoutMs }: ConnectionOptions): Knex {
  return knexFactory({
    client: "pg",
    connection: {
      connectionString: url,
      ...(statementTimeoutMs ? { statement_timeout: statementTimeoutMs } : {}),
    },
    pool: { min: 0, max: poolMax },
  });
}

/** The URL of another database on the same server (used to create and drop databases). */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export function databaseName(url: string): string {
  return decodeURIComponent(new URL(url).pathname.replace(/^\//, "")) || "postgres";
}
