import { createKnex, isRunning, processesIn } from "@station/db";
import { spawn, spawnSync } from "node:child_process";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { prepareDatabase, startBatchLoops, storedPerBatch, tally } from "./support/revenue-batches.ts";
import {
  logLines,
  newServerSetup,
  repo,
  startServerProcess,
  waitFor,
  workDir,
  type ServerProcess,
  type ServerSetup,
} from "./support/server-process.ts";

/*
 * The server process itself is killed with SIGKILL mid-batch. Its PostgreSQL lives on as an
 * orphan holding the data directory and port; the next start must deal with it (it stops it and
 * starts a supervised one, see db/src/embedded-supervisor.ts), lose no acknowledged batch, store
 * no batch in part, and stop its PostgreSQL at shutdown.
 */

describe("the server is killed with SIGKILL mid-batch", () => {
  let work: Awaited<ReturnType<typeof workDir>>;
  let setup: ServerSetup;
  let server: ServerProcess;

  beforeAll(async () => {
    work = await workDir("server-killed");
    setup = await newServerSetup(work.dir);
  });

  // Each test leaves the directory with no server and no PostgreSQL running, whatever its outcome.
  afterEach(async () => {
    await server?.stop();
    for (const pid of processesIn(setup.dataDir)) {
      try {
        process.kill(pid, "SIGKILL");
      } catch {
        // already gone
      }
    }
  });

  afterAll(async () => {
    await work?.remove();
  });

  it("restarts over the orphaned PostgreSQL, keeping every acknowledged batch whole, and stops it at shutdown", async () => {
    server = await startServerProcess(setup);
    const token = await prepareDatabase(server.databaseUrl);
    const loops = startBatchLoops(() => server.url, token, "srvkill", 4);
    await loops.moreAcknowledged(20);

    const orphan = server.postmasterPid();
    server.child.kill("SIGKILL");
    await server.exited;
    expect(isRunning(orphan)).toBe(true); // nobody stopped it: it is an orphan now

    const restartedAt = Date.now();
    server = await startServerProcess(setup);
    const restartMs = Date.now() - restartedAt;
    expect(logLines(server, "found an orphaned embedded PostgreSQL")).toEqual([expect.objectContaining({ orphanPid: orphan })]);
    expect(isRunning(orphan)).toBe(false);
    const replacement = server.postmasterPid();
    expect(replacement).not.toBe(orphan);
    await loops.moreAcknowledged(20);

    // Supervised like one it started: killed, it is started again.
    process.kill(replacement, "SIGKILL");
    const supervised = await waitFor("the supervisor to start PostgreSQL again", () => {
      const pid = server.postmasterPid();
      return pid !== replacement && isRunning(pid) ? pid : undefined;
    });
    await loops.moreAcknowledged(10);
    const record = await loops.stop();
    const knex = createKnex({ url: server.databaseUrl, poolMax: 1 });
    const figures = tally(record, await storedPerBatch(knex, "srvkill"));
    await knex.destroy();
    console.info("server killed:", { ...figures, restartMs });
    expect(figures.lost).toBe(0);
    expect(figures.partial).toBe(0);
    expect(figures.unexpected).toBe(0);
    expect(figures.noAnswer).toBeGreaterThan(0); // the clients did see the server gone
    expect(figures.acknowledged).toBeGreaterThanOrEqual(50);
    expect(figures.stored).toBe(figures.acknowledged + figures.storedUnacknowledged);

    // And the shutdown stops it, leaving no process and no lock file.
    expect(await server.stop()).toBe(0);
    expect(isRunning(supervised)).toBe(false);
    expect(processesIn(setup.dataDir)).toEqual([]);
    expect(server.postmasterPid()).toBe(0);
  });

  it("starts over a stale postmaster.pid whose pid now belongs to another process of the postgres user", async () => {
    // After a reboot the old postmaster's pid is often some other program's; PostgreSQL alone
    // refuses to start then ("lock file postmaster.pid already exists").
    const uid = Number(spawnSync("id", ["-u", "postgres"], { encoding: "utf8" }).stdout);
    const gid = Number(spawnSync("id", ["-g", "postgres"], { encoding: "utf8" }).stdout);
    server = await startServerProcess(setup);
    expect(await server.stop()).toBe(0);
    const impostor = spawn("sleep", ["60"], { uid, gid, stdio: "ignore" });
    try {
      await writeFile(
        path.join(setup.dataDir, "postmaster.pid"),
        `${impostor.pid}\n${setup.dataDir}\n1700000000\n${setup.databasePort}\n/tmp\nlocalhost\n  5432001         0\nready   \n`,
      );
      server = await startServerProcess(setup);
      expect(server.postmasterPid()).not.toBe(impostor.pid);
      expect(isRunning(impostor.pid!)).toBe(true); // not ours to kill
      expect(await server.stop()).toBe(0);
    } finally {
      impostor.kill("SIGKILL");
    }
  });

  it("lets a command-line tool use the running server's PostgreSQL without stopping it", async () => {
    server = await startServerProcess(setup);
    const postmaster = server.postmasterPid();
    const tool = spawnSync("node", ["--import", "tsx", "server/src/cli/db.ts", "migrate"], {
      cwd: repo,
      encoding: "utf8",
      env: {
        ...process.env,
        DATABASE_URL: "",
        EMBEDDED_PG_DATA_DIR: setup.dataDir,
        EMBEDDED_PG_PORT: String(setup.databasePort),
        EMBEDDED_PG_DATABASE: "station_assessment",
        LOG_LEVEL: "info",
      },
    });
    expect(tool.status, tool.stderr).toBe(0);
    expect(tool.stdout).toContain("database is up to date");
    expect(server.postmasterPid()).toBe(postmaster);
    expect(isRunning(postmaster)).toBe(true);
    await waitFor("/healthz after the tool", async () => (await fetch(`${server.url}/healthz`)).ok, 5_000);
    expect(await server.stop()).toBe(0);
  });
});
