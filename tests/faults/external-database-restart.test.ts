import { createKnex, startEmbeddedPostgres, type EmbeddedDatabase } from "@station/db";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postGraphQL, prepareDatabase, startBatchLoops, storedPerBatch, tally } from "./support/revenue-batches.ts";
import { freePort, newServerSetup, startServerProcess, waitFor, workDir, type ServerProcess } from "./support/server-process.ts";

/*
 * With DATABASE_URL the server supervises nothing: when the external PostgreSQL goes away it
 * answers 503, and its pool connects again by itself once the database is back. A second
 * embedded PostgreSQL, started by the test, plays the external server.
 */

describe("an external PostgreSQL (DATABASE_URL) that stops and comes back", () => {
  let work: Awaited<ReturnType<typeof workDir>>;
  let externalOptions: Parameters<typeof startEmbeddedPostgres>[0];
  let external: EmbeddedDatabase;
  let server: ServerProcess;

  beforeAll(async () => {
    work = await workDir("external");
    externalOptions = { dataDir: path.join(work.dir, "external"), port: await freePort(), database: "assessment" };
    external = await startEmbeddedPostgres(externalOptions);
    server = await startServerProcess(await newServerSetup(work.dir, { DATABASE_URL: external.url }));
  });

  afterAll(async () => {
    await server?.stop();
    await external?.stop();
    await work?.remove();
  });

  it("answers 503 while it is down and serves again once it is back, without a server restart", async () => {
    const token = await prepareDatabase(external.url);
    const loops = startBatchLoops(() => server.url, token, "ext", 4);
    await loops.moreAcknowledged(20);

    // A clean (fast) shutdown: sessions in use end with 57P01, new connections are refused.
    await external.stop();
    const unavailable = await postGraphQL(server.url, token, `{ units { code } }`, {});
    expect(unavailable.status).toBe(503);
    expect(unavailable.body?.errors?.[0]?.extensions).toMatchObject({ code: "DATABASE_UNAVAILABLE", retryable: true });
    await waitFor("a 503 to the batch clients", () => loops.record.unavailable.length > 0, 10_000);

    const restarted = Date.now();
    external = await startEmbeddedPostgres(externalOptions);
    await waitFor(
      "an answer after the database is back",
      async () => (await postGraphQL(server.url, token, `{ units { code } }`, {})).status === 200,
    );
    const recoveryMs = Date.now() - restarted;
    await loops.moreAcknowledged(20);
    const record = await loops.stop();

    const knex = createKnex({ url: external.url, poolMax: 1 });
    const figures = tally(record, await storedPerBatch(knex, "ext"));
    await knex.destroy();
    console.info("external database restarted:", { ...figures, recoveryMs });
    expect(figures.lost).toBe(0);
    expect(figures.partial).toBe(0);
    expect(figures.unexpected).toBe(0);
    expect(figures.stored).toBe(figures.acknowledged + figures.storedUnacknowledged);
    expect(record.unavailable.every((u) => u.code === "DATABASE_UNAVAILABLE" && u.retryable === true)).toBe(true);
    expect(recoveryMs).toBeLessThan(30_000);
    expect(server.child.exitCode).toBeNull();
  });
});
