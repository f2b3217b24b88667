import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, cp, mkdtemp, rm } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

export interface E2EServer {
  /** http://127.0.0.1:PORT — the dashboard at /, the API at /graphql. */
  url: string;
  /** The server's own embedded PostgreSQL, for tests that set up data the API cannot (see many-units.ts). */
  databaseUrl: string;
  /** Everything the server printed, for failure messages. */
  output: () => string;
  stop: () => Promise<void>;
}

/**
 * The real server process, as a user starts it: its own embedded PostgreSQL in a fresh temporary
 * directory (so test files never see each other's changes), the demo data and the built dashboard.
 */
export async function startServer(): Promise<E2EServer> {
  if (!existsSync(path.join(repo, "dashboard/dist/index.html"))) {
    throw new Error("dashboard/dist is missing: run `pnpm build` before the end-to-end tests");
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), "station-e2e-"));
  // The embedded database runs as the postgres system user, which must reach the directory.
  await chmod(dir, 0o755);
  // A private copy of the built dashboard: a rebuild running meanwhile (another terminal, a
  // watcher) empties dashboard/dist and would break the pages under test.
  const dashboardDir = path.join(dir, "dashboard");
  await cp(path.join(repo, "dashboard/dist"), dashboardDir, { recursive: true });
  const port = await freePort();
  const databasePort = await freePort();
  // Named here rather than left to the server's default, so databaseUrl is right whatever the shell exports.
  const database = "station_assessment";
  let output = "";
  const child: ChildProcess = spawn("node", ["--import", "tsx", "server/src/main.ts"], {
    cwd: repo,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      EMBEDDED_PG_DATA_DIR: path.join(dir, "pg"),
      EMBEDDED_PG_PORT: String(databasePort),
      EMBEDDED_PG_DATABASE: database,
      LOG_LEVEL: "warn",
      DEMO_DATA: "auto",
      DASHBOARD_DIR: dashboardDir,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  // The embedded server's superuser (db/src/embedded.ts defaults).
  const databaseUrl = `postgres://postgres:postgres@127.0.0.1:${databasePort}/${database}`;

  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
      await exited;
      clearTimeout(timer);
    }
    await rm(dir, { recursive: true, force: true });
  };

  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      await rm(dir, { recursive: true, force: true });
      throw new Error(`server exited early:\n${output}`);
    }
    try {
      if ((await fetch(`${url}/healthz`)).ok) return { url, databaseUrl, output: () => output, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`server did not answer within 120 s:\n${output}`);
}
