import { readPostmasterLock } from "@station/db";
import { spawn, type ChildProcess } from "node:child_process";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { freePort, repo } from "../../e2e/support/server.ts";

export { freePort, repo };

/** A temporary directory the postgres system user can enter (not under /root). */
export async function workDir(prefix: string): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `station-faults-${prefix}-`));
  await chmod(dir, 0o755);
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * Every server process a test started. A test that fails half-way may leave one running: the
 * worker sends it SIGTERM when it exits (not SIGKILL, which would orphan its PostgreSQL), so no
 * server outlives the run holding its port and database.
 */
const started = new Set<ChildProcess>();
process.on("exit", () => {
  for (const child of started) if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
});

export interface ServerSetup {
  /** The embedded cluster's directory; kept across restarts of the server. */
  dataDir: string;
  port: number;
  databasePort: number;
  /** Extra environment (DATABASE_URL, EMBEDDED_PG_RESTART_ATTEMPTS, …). */
  env?: Record<string, string>;
}

export interface ServerProcess {
  /** http://127.0.0.1:PORT */
  url: string;
  setup: ServerSetup;
  /** postgres://…/station_assessment of the embedded cluster (the db/src/embedded.ts defaults). */
  databaseUrl: string;
  child: ChildProcess;
  /** Everything the server printed so far (JSON log lines). */
  output: () => string;
  /** Resolves with the exit code (or the signal's name) when the process ends. */
  exited: Promise<number | string>;
  /** The pid in the data directory's postmaster.pid, i.e. the embedded PostgreSQL now running. */
  postmasterPid: () => number;
  /** SIGTERM, then the exit code (SIGKILL after 15 s, failing the caller's expectations). */
  stop: () => Promise<number | string>;
}

export async function newServerSetup(dir: string, env: Record<string, string> = {}): Promise<ServerSetup> {
  return { dataDir: path.join(dir, "pg"), port: await freePort(), databasePort: await freePort(), env };
}

/**
 * The real server process (`node --import tsx server/src/main.ts`, as tests/e2e/support/server.ts
 * starts it) on the given directory and ports, without demo data; resolves once /healthz answers
 * 200, or with the process as it is when `waitHealthy` is false.
 */
export async function startServerProcess(setup: ServerSetup, { waitHealthy = true } = {}): Promise<ServerProcess> {
  let output = "";
  const child = spawn("node", ["--import", "tsx", "server/src/main.ts"], {
    cwd: repo,
    env: {
      ...process.env,
      PORT: String(setup.port),
      HOST: "127.0.0.1",
      EMBEDDED_PG_DATA_DIR: setup.dataDir,
      EMBEDDED_PG_PORT: String(setup.databasePort),
      EMBEDDED_PG_DATABASE: "station_assessment",
      DATABASE_URL: "",
      DEMO_DATA: "0",
      ADMIN_PASSWORD: "faults-admin-password",
      LOG_LEVEL: "info",
      DASHBOARD_DIR: "/nonexistent",
      ...setup.env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  started.add(child);
  child.once("exit", () => started.delete(child));
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | string>((resolve) => child.once("exit", (code, signal) => resolve(code ?? signal ?? "unknown")));
  const url = `http://127.0.0.1:${setup.port}`;
  const server: ServerProcess = {
    url,
    setup,
    databaseUrl: `postgres://postgres:postgres@127.0.0.1:${setup.databasePort}/station_assessment`,
    child,
    output: () => output,
    exited,
    postmasterPid: () => readPostmasterLock(setup.dataDir)?.pid ?? 0,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGTERM");
        const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
        await exited;
        clearTimeout(timer);
      }
      return exited;
    },
  };
  if (!waitHealthy) return server;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited early (${child.exitCode}):\n${output}`);
    if (await healthy(url)) return server;
    await sleep(100);
  }
  child.kill("SIGKILL");
  throw new Error(`server did not answer within 60 s:\n${output}`);
}

export async function healthy(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/healthz`)).ok;
  } catch {
    return false;
  }
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls `check` until it returns a value other than undefined/false, or fails naming `what`. */
export async function waitFor<T>(what: string, check: () => Promise<T | undefined | false> | T | undefined | false, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() >= deadline) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await sleep(50);
  }
}

/** The server's JSON log lines whose message contains `text`. */
export function logLines(server: ServerProcess, text: string): Record<string, unknown>[] {
  return server
    .output()
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .filter((entry) => String(entry.msg ?? "").includes(text));
}
