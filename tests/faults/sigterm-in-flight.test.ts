import { createKnex } from "@station/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RECORD_REVENUE } from "../support/operations.ts";
import { BATCH_SIZE, postGraphQL, prepareDatabase, revenueBatch } from "./support/revenue-batches.ts";
import { logLines, newServerSetup, startServerProcess, waitFor, workDir, type ServerProcess } from "./support/server-process.ts";

/*
 * SIGTERM while requests are in flight: the server stops taking new ones, finishes those it has
 * (here they wait on a table lock the test holds, so they are provably inside the server when
 * the signal arrives), answers them, then stops its PostgreSQL and exits 0.
 */

const IN_FLIGHT = 8;

describe("SIGTERM during in-flight requests", () => {
  let work: Awaited<ReturnType<typeof workDir>>;
  let server: ServerProcess;

  beforeAll(async () => {
    work = await workDir("sigterm");
    server = await startServerProcess(await newServerSetup(work.dir));
  });

  afterAll(async () => {
    await server?.stop();
    await work?.remove();
  });

  it("answers every request it had already received, then exits 0", async () => {
    const token = await prepareDatabase(server.databaseUrl);
    const knex = createKnex({ url: server.databaseUrl, poolMax: 2 });
    const lock = await knex.transaction();
    let answers: Awaited<ReturnType<typeof postGraphQL>>[];
    try {
      await lock.raw("lock table revenue_records in share row exclusive mode");
      const requests = Array.from({ length: IN_FLIGHT }, (_, batch) =>
        postGraphQL(server.url, token, RECORD_REVENUE, { entries: revenueBatch("term", batch) }),
      );
      await waitFor(`${IN_FLIGHT} batches waiting on the lock inside PostgreSQL`, async () => {
        const [{ waiting }] = await knex("pg_stat_activity")
          .where({ wait_event_type: "Lock", datname: "station_assessment" })
          .count<{ waiting: number }[]>({ waiting: "*" });
        return Number(waiting) === IN_FLIGHT;
      });
      server.child.kill("SIGTERM");
      await waitFor("the server to take the signal", () => logLines(server, "shutting down").length === 1, 5_000);
      expect(server.child.exitCode).toBeNull(); // still finishing the requests
      await lock.commit();
      answers = await Promise.all(requests);
    } finally {
      if (!lock.isCompleted()) await lock.rollback();
    }
    expect(answers.map((a) => a.status)).toEqual(Array(IN_FLIGHT).fill(200));
    expect(answers.map((a) => a.body?.data)).toEqual(Array(IN_FLIGHT).fill({ recordRevenue: { inserted: BATCH_SIZE, duplicates: [] } }));
    expect(await server.exited).toBe(0);
    expect(logLines(server, "stopped cleanly")).toHaveLength(1);
    await knex.destroy();
  });
});
