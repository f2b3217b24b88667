import { createKnex } from "@station/db";
import type { Knex } from "knex";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RECORD_REVENUE, SUBMIT_SCORE } from "../support/operations.ts";
import { BATCH_SIZE, postGraphQL, prepareDatabase, revenueBatch } from "./support/revenue-batches.ts";
import { newServerSetup, startServerProcess, workDir, type ServerProcess } from "./support/server-process.ts";

/*
 * Many clients writing the same thing at the same moment, over real HTTP to the real server:
 * identical batches store each reference once, and concurrent revisions of one committee score
 * leave one final value with every replaced value in its history.
 */

describe("concurrent writes", () => {
  let work: Awaited<ReturnType<typeof workDir>>;
  let server: ServerProcess;
  let token: string;
  let knex: Knex;

  beforeAll(async () => {
    work = await workDir("concurrent");
    server = await startServerProcess(await newServerSetup(work.dir));
    token = await prepareDatabase(server.databaseUrl);
    knex = createKnex({ url: server.databaseUrl, poolMax: 2 });
  });

  afterAll(async () => {
    await knex?.destroy();
    await server?.stop();
    await work?.remove();
  });

  it("stores each reference of 100 identical concurrent batches exactly once", async () => {
    const entries = revenueBatch("same", 7);
    const answers = await Promise.all(Array.from({ length: 100 }, () => postGraphQL(server.url, token, RECORD_REVENUE, { entries })));
    expect(answers.map((a) => a.status)).toEqual(Array(100).fill(200));
    const results = answers.map(
      (a) =>
        (a.body?.data as { recordRevenue: { inserted: number; duplicates: string[] } } | undefined)?.recordRevenue ?? { inserted: 0, duplicates: [] },
    );
    expect(results.reduce((sum, r) => sum + r.inserted, 0)).toBe(BATCH_SIZE);
    expect(results.reduce((sum, r) => sum + r.duplicates.length, 0)).toBe(99 * BATCH_SIZE);
    // Each answer accounts for every entry of its batch, once.
    expect(results.map((r) => r.inserted + r.duplicates.length)).toEqual(Array(100).fill(BATCH_SIZE));
    const stored = await knex("revenue_records").where("reference", "like", "same-%").groupBy("reference").select("reference").count({ n: "*" });
    expect(stored).toHaveLength(BATCH_SIZE);
    expect(stored.every((row) => Number(row.n) === 1)).toBe(true);
  });

  /** 50 distinct scores: 50.00, 50.50, …, 74.50. */
  const scores = Array.from({ length: 50 }, (_, i) => (50 + i / 2).toFixed(2));
  const submit = (dimension: string, score: string) =>
    postGraphQL(server.url, token, SUBMIT_SCORE, { input: { year: 2025, unitCode: "north", dimension, member: "委员甲", score: Number(score) } });

  async function scoreAndHistory(dimension: string) {
    const rows = await knex("committee_scores as s")
      .join("committee_members as m", "m.id", "s.member_id")
      .join("units as u", "u.id", "s.unit_id")
      .where({ "s.year": 2025, "u.code": "north", "s.dimension": dimension, "m.name": "委员甲" })
      .select("s.id", "s.score");
    const history = await knex("committee_score_history")
      .whereIn(
        "score_id",
        rows.map((r) => r.id),
      )
      .pluck("previous_score");
    return { rows, history: history as string[] };
  }

  it("keeps one final value and 50 history rows after 50 concurrent revisions of an existing score", async () => {
    // score.repository.ts upsertScore: the first submission inserts (no history row), each later
    // one writes the value it replaces to history. One score exists, then 50 revisions: 50 rows.
    expect((await submit("SATISFACTION", "40.00")).status).toBe(200);
    const answers = await Promise.all(scores.map((score) => submit("SATISFACTION", score)));
    expect(answers.map((a) => a.body?.errors ?? null)).toEqual(Array(50).fill(null));
    const { rows, history } = await scoreAndHistory("SATISFACTION");
    expect(rows).toHaveLength(1);
    expect(history).toHaveLength(50);
    // No revision lost: the replaced values and the final one are the 51 submitted, each once.
    expect([...history, rows[0].score].sort()).toEqual(["40.00", ...scores].sort());
  });

  it("keeps one final value and 49 history rows when 50 concurrent submissions create the score", async () => {
    // No score yet: one of the 50 inserts it, the other 49 replace a value each.
    const answers = await Promise.all(scores.map((score) => submit("COOPERATION", score)));
    expect(answers.map((a) => a.body?.errors ?? null)).toEqual(Array(50).fill(null));
    const { rows, history } = await scoreAndHistory("COOPERATION");
    expect(rows).toHaveLength(1);
    expect(history).toHaveLength(49);
    expect([...history, rows[0].score].sort()).toEqual([...scores].sort());
  });
});
