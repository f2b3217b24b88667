import { databaseName, dropDatabase, ensureDatabase, withDatabase } from "@station/db";
import { randomBytes } from "node:crypto";
import os from "node:os";
import type { Knex } from "knex";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { replicaPool } from "../../server/src/app/read-routing.ts";
import { newServerSetup, startServerProcess } from "../faults/support/server-process.ts";
import { graphqlClient } from "../support/http-client.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

/**
 * DATABASE_READ_URL: two pools on the same database here (standing in for a primary and its
 * streaming replica), told apart by counting each pool's statements and by application_name.
 */
let server: TestServer;
let token: string;

beforeAll(async () => {
  server = await startTestServer({ readReplica: true });
  token = await server.userWithRoles("replica-admin", ["ADMIN"]);
});
afterAll(() => server?.close());

async function counted(send: () => Promise<unknown>) {
  const primary: string[] = [];
  const read: string[] = [];
  const onPrimary = (q: { sql: string }) => primary.push(q.sql);
  const onRead = (q: { sql: string }) => read.push(q.sql);
  server.knex.on("query", onPrimary);
  server.readKnex!.on("query", onRead);
  try {
    await send();
  } finally {
    server.knex.off("query", onPrimary);
    server.readKnex!.off("query", onRead);
  }
  return { primary, read };
}

/** Connections to a database with this application_name (pg_stat_activity is server-wide). */
const connections = async (knex: Knex, database: string, applicationName: string) =>
  Number(
    (await knex.raw("select count(*)::int as n from pg_stat_activity where datname = ? and application_name = ?", [database, applicationName]))
      .rows[0].n,
  );

describe("a read replica (DATABASE_READ_URL)", () => {
  it("takes mutations on the primary only", async () => {
    const { primary, read } = await counted(async () => {
      const created = await server.gqlAs(token, `mutation { upsertUnit(input: { code: "west", name: "西站", kind: STATION }) { code name } }`);
      expect(created).toEqual({ data: { upsertUnit: { code: "west", name: "西站" } } });
    });
    expect(read).toEqual([]);
    expect(primary.length).toBeGreaterThan(1);
  });

  it("answers a query from the replica, the authentication from the primary", async () => {
    const { primary, read } = await counted(async () => {
      expect(await server.gqlAs(token, "{ units { code name } viewer { username } }")).toEqual({
        data: { units: [{ code: "west", name: "西站" }], viewer: { username: "replica-admin" } },
      });
    });
    console.log(`{ units { code name } viewer { username } }: ${primary.length} statement(s) on the primary, ${read.length} on the replica`);
    expect(primary).toHaveLength(1);
    expect(primary[0]).toContain("api_tokens");
    expect(read).toHaveLength(1);
    expect(read[0]).toContain("units");
    expect(await connections(server.knex, databaseName(server.databaseUrl), "station-test-read")).toBeGreaterThanOrEqual(1);
  });

  it("opens a transaction started through the replica pool on the primary", async () => {
    const pool = replicaPool(server.readKnex!, server.knex);
    const { primary, read } = await counted(async () => {
      const names = await pool.transaction(async (trx) => (await trx.raw("select current_setting('application_name') as name")).rows[0].name);
      expect(names).not.toBe("station-test-read");
      expect((await pool.raw("select current_setting('application_name') as name")).rows[0].name).toBe("station-test-read");
    });
    expect(primary.some((sql) => sql.includes("current_setting"))).toBe(true);
    expect(read).toHaveLength(1);
  });
});

describe("DATABASE_READ_URL in a server process", () => {
  const adminUrl = inject("adminDatabaseUrl");
  let url: string;

  afterAll(async () => {
    if (url) await dropDatabase(adminUrl, databaseName(url));
  });

  it("connects the read pool when the first query arrives and answers it through it", async () => {
    const name = `replica_${randomBytes(5).toString("hex")}`;
    await ensureDatabase(adminUrl, name);
    url = withDatabase(adminUrl, name);
    const instance = await startServerProcess(
      await newServerSetup(os.tmpdir(), { DATABASE_URL: url, DATABASE_READ_URL: url, DEMO_DATA: "1", LOG_LEVEL: "warn" }),
    );
    const client = graphqlClient(instance.url);
    try {
      const signIn = await client.post({ query: `mutation { signIn(username: "deputy-gm", password: "executive-demo") { username } }` });
      const cookie = signIn.headers.get("set-cookie")!.split(";")[0];
      // Start-up, /healthz and the sign-in (a mutation) used the primary only.
      expect(await connections(server.knex, name, "station-assessment")).toBeGreaterThanOrEqual(1);
      expect(await connections(server.knex, name, "station-assessment-read")).toBe(0);
      const answer = await client.gql("{ units { code } }", {}, { cookie });
      expect(answer.data.units).toHaveLength(5);
      expect(await connections(server.knex, name, "station-assessment-read")).toBeGreaterThanOrEqual(1);
    } finally {
      await instance.stop();
    }
  });
});
