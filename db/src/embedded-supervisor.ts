import { liveOwner } from "./cluster-owner.ts";
import {
  clusterSettings,
  ensureDatabase,
  launchCluster,
  type ClusterSettings,
  type EmbeddedDatabase,
  type EmbeddedOptions,
  type LaunchedCluster,
} from "./embedded.ts";
import { isPostgresOf, isRunning, readPostmasterLock, stopPostmaster } from "./postmaster.ts";

export interface SupervisedOptions extends EmbeddedOptions {
  /** How many times to start PostgreSQL again before it has stayed up for a minute (0: never). */
  restartAttempts: number;
  /** What the supervisor did, for the server's log. */
  report: (level: "info" | "warn" | "error", message: string, details?: Record<string, unknown>) => void;
  /** PostgreSQL died and could not be started again: the caller should exit. */
  onGaveUp: (error: Error) => void;
}

/** How often the postmaster's pid is checked: a dead database is noticed within this time. */
const WATCH_INTERVAL_MS = 500;
/** A cluster that stayed up this long has recovered: the next death starts a fresh count of attempts. */
const STABLE_AFTER_MS = 60_000;
/** Waits before the 2nd, 3rd, … attempt (the first follows the death at once). */
const BACKOFF_MS = [500, 1_000, 2_000, 4_000, 5_000];

/**
 * The server's embedded PostgreSQL: started (after dealing with an orphan of a killed server),
 * watched, and started again when it dies. After `restartAttempts` starts (failed, or followed by
 * another death) without a minute of uptime in between it reports `onGaveUp`, so that the server
 * exits and a service manager can restart everything.
 */
export async function superviseEmbeddedPostgres(options: SupervisedOptions): Promise<EmbeddedDatabase> {
  const cluster = clusterSettings(options);
  const { report } = options;
  await stopOrphan(cluster, report);
  let current: LaunchedCluster = await launchCluster(cluster, "server");
  try {
    await ensureDatabase(cluster.adminUrl, cluster.database);
  } catch (error) {
    await current.stop();
    throw error;
  }
  const created = current.created;

  let stopping = false;
  let upSince = Date.now();
  let attempts = 0;
  let recovering: Promise<void> | null = null;
  // The wait between attempts, cut short by stop().
  const backoff = { wake: () => {} };
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      backoff.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  const recover = async () => {
    const diedAt = Date.now();
    current.forget();
    if (diedAt - upSince >= STABLE_AFTER_MS) attempts = 0;
    report("error", `the embedded PostgreSQL (pid ${current.pid}) died; starting it again`, { dataDir: cluster.dataDir, port: cluster.port });
    let lastError: unknown = null;
    while (attempts < options.restartAttempts && !stopping) {
      attempts += 1;
      if (attempts > 1) await pause(BACKOFF_MS[Math.min(attempts - 2, BACKOFF_MS.length - 1)]!);
      if (stopping) return;
      try {
        current = await launchCluster(cluster, "server");
        upSince = Date.now();
        report("info", "the embedded PostgreSQL is running again", { pid: current.pid, attempt: attempts, ms: Date.now() - diedAt });
        return;
      } catch (error) {
        lastError = error;
        report("error", `restart attempt ${attempts} of ${options.restartAttempts} failed`, { err: error });
      }
    }
    if (stopping) return;
    clearInterval(watch);
    const where = `the embedded PostgreSQL (data in ${cluster.dataDir}, port ${cluster.port})`;
    options.onGaveUp(
      new Error(
        lastError
          ? `${where} died and could not be started again after ${attempts} attempt(s): ${lastError instanceof Error ? lastError.message : String(lastError)}`
          : `${where} keeps dying: started again ${attempts} time(s) without staying up for ${STABLE_AFTER_MS / 1000} s`,
      ),
    );
  };

  const watch = setInterval(() => {
    if (stopping || recovering || isRunning(current.pid)) return;
    recovering = recover().finally(() => {
      recovering = null;
    });
  }, WATCH_INTERVAL_MS);
  // The watch alone must not keep a finished process alive.
  watch.unref();

  return {
    url: cluster.url,
    created,
    async stop() {
      stopping = true;
      clearInterval(watch);
      backoff.wake();
      // A start in progress finishes (or fails) first; then whatever runs is stopped.
      await recovering;
      await current.stop();
    },
  };
}

/**
 * A postmaster still running from our data directory whose owner is gone was left by a server
 * killed with SIGKILL. We stop it cleanly and start our own rather than adopt it: it is not our
 * child, so we would get no exit event and none of its log (its stderr went to the dead server),
 * and it runs with the old server's settings (port, flags). A fast shutdown costs about a second
 * and loses nothing that was acknowledged: committed work is on disk, and the dead server's open
 * transactions have no client left to finish them. A postmaster whose owner is alive (another
 * server, or a command-line tool that started it) is never touched.
 */
async function stopOrphan(cluster: ClusterSettings, report: SupervisedOptions["report"]): Promise<void> {
  const lock = readPostmasterLock(cluster.dataDir);
  if (!lock || !isPostgresOf(lock.pid, cluster.dataDir)) return;
  const owner = liveOwner(cluster.dataDir);
  if (owner) {
    throw new Error(
      `The embedded PostgreSQL in ${cluster.dataDir} (pid ${lock.pid}) belongs to process ${owner.pid}` +
        ` (${owner.role === "server" ? "another running server" : "a command-line tool; wait for it to finish"}):` +
        " stop that first, or give this server its own EMBEDDED_PG_DATA_DIR and EMBEDDED_PG_PORT",
    );
  }
  report(
    "warn",
    `found an orphaned embedded PostgreSQL (pid ${lock.pid}) left by a server that did not stop; stopping it to start a supervised one`,
    {
      dataDir: cluster.dataDir,
      orphanPid: lock.pid,
      orphanPort: lock.port,
    },
  );
  const started = Date.now();
  await stopPostmaster(lock.pid, cluster.dataDir, cluster.log);
  report("info", "the orphaned PostgreSQL stopped", { orphanPid: lock.pid, ms: Date.now() - started });
}
