import { createKnex, PREPARE, setPreparedStatements } from "@station/db";
import type { Knex } from "knex";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/test-server.ts";

/**
 * The statements every request runs are named prepared statements (db/src/prepared-statements.ts):
 * PostgreSQL keeps their plans per connection. Checked in PostgreSQL's own list of a connection's
 * prepared statements (pg_prepared_statements), over one connection so the list is the one used.
 */
let server: TestServer;
let single: Knex;
const prepared = async () =>
  ((await single.raw("select name, statement from pg_prepared_statements order by name")).rows as { name: string; statement: string }[]).filter(
    (row) => row.name.startsWith("station_"),
  );

beforeAll(async () => {
  server = await startTestServer();
  single = createKnex({ url: server.databaseUrl, poolMax: 1 });
});
afterAll(async () => {
  await single?.destroy();
  await server?.close();
});
afterEach(() => setPreparedStatements(true));

describe("prepared statements", () => {
  // First: the cap test below names 200 texts, after which this process prepares nothing new.
  it("keeps signing requests in after a migration adds a column to the users the sign-in statement reads", async () => {
    const token = await server.userWithRoles("prepared-reader", ["EXECUTIVE"]);
    // Several requests, so that the server's connections hold the prepared sign-in and units plans.
    for (let i = 0; i < 12; i++) expect((await server.gqlAs(token, "{ units { code } }")).errors).toBeUndefined();
    await server.knex.raw("alter table users add column nickname text");
    try {
      for (let i = 0; i < 12; i++) {
        const answer = await server.gqlAs(token, "{ viewer { username } units { code } }");
        expect(answer.errors).toBeUndefined();
        expect(answer.data.viewer.username).toBe("prepared-reader");
      }
    } finally {
      await server.knex.raw("alter table users drop column nickname");
    }
  });

  it("prepares a statement that asks for it once per connection, and answers it the same each time", async () => {
    const units = () => single("units").select("code").where("code", "like", "%").orderBy("code").options(PREPARE);
    const before = await prepared();
    const first = await units();
    const second = await units();
    expect(second).toEqual(first);
    const added = (await prepared()).filter((row) => !before.some((b) => b.name === row.name));
    expect(added).toHaveLength(1);
    expect(added[0].statement).toMatch(/select "code" from "units" where "code" like \$1 order by "code"/);
    // A statement that does not ask is not kept.
    await single("units").select("id").where("code", "like", "%");
    expect(await prepared()).toHaveLength(before.length + 1);
  });

  it("runs them unnamed when turned off (PREPARED_STATEMENTS=0)", async () => {
    setPreparedStatements(false);
    const before = (await prepared()).length;
    expect((await single.raw("select 41 + ?::int as n", [1]).options(PREPARE)).rows[0].n).toBe(42);
    expect(await prepared()).toHaveLength(before);
  });

  // Last, as it uses up the names this process may give.
  it("gives another text another name, and runs unnamed once the process has named 200 texts", async () => {
    const before = (await prepared()).length;
    const answers: number[] = [];
    // Texts that differ only in a literal: each is its own statement.
    for (let i = 0; i < 230; i++) answers.push(Number((await single.raw(`select ${i} + ?::int as n`, [1]).options(PREPARE)).rows[0].n));
    expect(answers).toEqual(Array.from({ length: 230 }, (_, i) => i + 1));
    const names = await prepared();
    expect(names.length).toBeGreaterThan(before);
    expect(names.length).toBeLessThanOrEqual(200);
  });
});
