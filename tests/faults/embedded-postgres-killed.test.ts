import { createKnex, isRunning, processesIn } from "@station/db";
import { appendFile, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Knex } from "knex";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postGraphQL, prepareDatabase, startBatchLoops, storedPerBatch, tally } from "./support/revenue-batches.ts";
import { logLines, newServerSetup, startServerProcess, waitFor, workDir, type ServerProcess } from "./support/server-process.ts";

/*
 * The server's own PostgreSQL is killed with SIGKILL while clients send batches. The server must
 * notice, start it again and answer 503 DATABASE_UNAVAILABLE meanwhile, without being restarted
 * itself; no batch it acknowledged may be missing, and no batch may be stored in part.
 */

/** A line PostgreSQL cannot parse: every start fails until the file is restored. */
async function breakConfiguration(dataDir: string): Promise<() => Promise<void>> {
  const file = path.join(dataDir, "postgresql.conf");
  const original = await readFile(file, "utf8");
  await appendFile(file, "\nthis is not = a setting ===\n");
  // Rewriting the content keeps the file's owner (postgres) and mode.
  return () => writeFile(file, original);
}

function killCluster(dataDir: string): number[] {
  const pids = processesIn(dataDir);
  for (const pid of pids) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // exited between the listing and the kill
    }
  }
  return pids;
}

const UNITS = `{ units { code } }`;

describe("the embedded PostgreSQL is killed while batches arrive", () => {
  let work: Awaited<ReturnType<typeof workDir>>;
  let server: ServerProcess;
  let token: string;
  let knex: Knex;

  beforeAll(async () => {
    work = await workDir("pg-killed");
    // More attempts than the default: the second kill below keeps PostgreSQL down on purpose for a few.
    server = await startServerProcess(await newServerSetup(work.dir, { EMBEDDED_PG_RESTART_ATTEMPTS: "10" }));
    token = await prepareDatabase(server.databaseUrl);
    knex = createKnex({ url: server.databaseUrl, poolMax: 2 });
  });

  afterAll(async () => {
    await knex?.destroy();
    await server?.stop();
    await work?.remove();
  });

  it("stores every acknowledged batch whole, answers 503 meanwhile and recovers within 30 s without a server restart", async () => {
    const serverPid = server.child.pid;
    const loops = startBatchLoops(() => server.url, token, "pgkill", 4);
    await loops.moreAcknowledged(20);

    // 1. The postmaster alone, as the OOM killer would: its server processes exit when they notice.
    const firstPostmaster = server.postmasterPid();
    const firstKill = Date.now();
    process.kill(firstPostmaster, "SIGKILL");
    const secondPostmaster = await waitFor("a new postmaster", () => {
      const pid = server.postmasterPid();
      return pid !== firstPostmaster && isRunning(pid) ? pid : undefined;
    });
    await waitFor("a query answered after the restart", async () => (await postGraphQL(server.url, token, UNITS, {})).status === 200);
    const firstRecoveryMs = Date.now() - firstKill;
    await loops.moreAcknowledged(20);

    // 2. The whole cluster, mid-transaction, and kept down until three 503s have been seen.
    const restore = await breakConfiguration(server.setup.dataDir);
    const unavailableBefore = loops.record.unavailable.length;
    const secondKill = Date.now();
    expect(killCluster(server.setup.dataDir)).toContain(secondPostmaster);
    await waitFor("three 503 answers to the batch clients", () => loops.record.unavailable.length >= unavailableBefore + 3, 10_000);

    // While it is down: the context's database read (a token) and a resolver's (signIn) answer alike.
    const viaToken = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: UNITS }),
    });
    expect(viaToken.status).toBe(503);
    expect(viaToken.headers.get("retry-after")).toBe("5");
    const tokenBody = await viaToken.json();
    expect(tokenBody.errors).toEqual([
      {
        message: expect.stringMatching(/数据库.*The database cannot be reached/s),
        extensions: { code: "DATABASE_UNAVAILABLE", retryable: true, requestId: viaToken.headers.get("x-request-id") },
      },
    ]);
    const viaResolver = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `mutation { signIn(username: "admin", password: "faults-admin-password") { roles } }` }),
    });
    expect(viaResolver.status).toBe(503);
    expect((await viaResolver.json()).errors).toMatchObject([{ path: ["signIn"], extensions: { code: "DATABASE_UNAVAILABLE", retryable: true } }]);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(503);

    const restoredAt = Date.now();
    await restore();
    await waitFor("a query answered after the configuration is back", async () => (await postGraphQL(server.url, token, UNITS, {})).status === 200);
    const secondRecoveryMs = Date.now() - secondKill;
    const afterRestoreMs = Date.now() - restoredAt;
    await loops.moreAcknowledged(20);
    const record = await loops.stop();

    const figures = tally(record, await storedPerBatch(knex, "pgkill"));
    console.info("embedded PostgreSQL killed:", { ...figures, firstRecoveryMs, secondRecoveryMs, afterRestoreMs });
    expect(figures.lost).toBe(0);
    expect(figures.partial).toBe(0);
    expect(figures.unexpected).toBe(0);
    expect(figures.acknowledged).toBeGreaterThanOrEqual(60);
    expect(figures.stored).toBe(figures.acknowledged + figures.storedUnacknowledged);
    expect(record.unavailable.slice(unavailableBefore)).toContainEqual({ code: "DATABASE_UNAVAILABLE", retryable: true });
    expect(record.unavailable.every((u) => u.code === "DATABASE_UNAVAILABLE" && u.retryable === true)).toBe(true);
    expect(firstRecoveryMs).toBeLessThan(30_000);
    expect(secondRecoveryMs).toBeLessThan(30_000);
    // The same server process throughout, which restarted its PostgreSQL twice.
    expect(server.child.pid).toBe(serverPid);
    expect(server.child.exitCode).toBeNull();
    expect(logLines(server, "the embedded PostgreSQL is running again")).toHaveLength(2);
  });
});

describe("a PostgreSQL that cannot be started again", () => {
  it("makes the server exit with code 1 and a fatal log line after EMBEDDED_PG_RESTART_ATTEMPTS failures", async () => {
    const work = await workDir("give-up");
    const server = await startServerProcess(await newServerSetup(work.dir, { EMBEDDED_PG_RESTART_ATTEMPTS: "3" }));
    try {
      await breakConfiguration(server.setup.dataDir);
      process.kill(server.postmasterPid(), "SIGKILL");
      const code = await Promise.race([server.exited, new Promise((resolve) => setTimeout(() => resolve("still running after 30 s"), 30_000))]);
      expect(code).toBe(1);
      expect(logLines(server, "restart attempt")).toHaveLength(3);
      expect(logLines(server, "could not be restarted")).toEqual([
        expect.objectContaining({
          level: 60,
          restartAttempts: 3,
          err: expect.objectContaining({ message: expect.stringMatching(/after 3 attempt\(s\).*postgresql\.conf/s) }),
        }),
      ]);
      expect(processesIn(server.setup.dataDir)).toEqual([]);
    } finally {
      await server.stop();
      await work.remove();
    }
  });

  it("still lets SIGTERM stop the server cleanly (exit 0) within 5 s while the database is down", async () => {
    const work = await workDir("sigterm-down");
    const server = await startServerProcess(await newServerSetup(work.dir));
    try {
      await breakConfiguration(server.setup.dataDir);
      process.kill(server.postmasterPid(), "SIGKILL");
      await waitFor("/healthz to answer 503", async () => (await fetch(`${server.url}/healthz`)).status === 503, 10_000);
      await waitFor("a failed restart attempt", () => logLines(server, "restart attempt 1 of 5 failed").length === 1, 10_000);
      const signalled = Date.now();
      server.child.kill("SIGTERM");
      const code = await Promise.race([server.exited, new Promise((resolve) => setTimeout(() => resolve("still running after 5 s"), 5_000))]);
      console.info("SIGTERM while the database is down:", { exitMs: Date.now() - signalled });
      expect(code).toBe(0);
      expect(logLines(server, "stopped cleanly")).toHaveLength(1);
      expect(processesIn(server.setup.dataDir)).toEqual([]);
    } finally {
      await server.stop();
      await work.remove();
    }
  });
});
