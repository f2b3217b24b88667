import { createKnex, databaseName, dropDatabase, ensureDatabase, withDatabase } from "@station/db";
import { randomBytes } from "node:crypto";
import os from "node:os";
import type { Knex } from "knex";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { newServerSetup, startServerProcess, type ServerProcess as Process } from "../faults/support/server-process.ts";
import { graphqlClient } from "../support/http-client.ts";

/**
 * Two server processes on one PostgreSQL database, as behind a load balancer: nothing that matters
 * lives in one process (sessions, tokens, the sign-in throttle, finalisation are all in the database).
 */
const adminUrl = inject("adminDatabaseUrl");
let url: string;
let knex: Knex;
type Instance = Process & ReturnType<typeof graphqlClient>;
let a: Instance;
let b: Instance;

/** The server process on DATABASE_URL (its embedded-database settings stay unused). */
async function instance(env: Record<string, string>): Promise<Instance> {
  const server = await startServerProcess(await newServerSetup(os.tmpdir(), { LOG_LEVEL: "warn", ...env }));
  return Object.assign(server, graphqlClient(server.url));
}

beforeAll(async () => {
  const name = `two_${randomBytes(5).toString("hex")}`;
  await ensureDatabase(adminUrl, name);
  url = withDatabase(adminUrl, name);
  const env = { DATABASE_URL: url, DEMO_DATA: "1", ADMIN_PASSWORD: "two-instances-admin" };
  // One after the other, as a rolling start would: the first migrates and loads the demo years.
  a = await instance(env);
  b = await instance(env);
  knex = createKnex({ url });
});

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await knex?.destroy();
  if (url) await dropDatabase(adminUrl, databaseName(url));
});

const SIGN_IN = `mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { username } }`;
const signIn = async (server: Instance, username: string, password: string) => {
  const response = await server.post({ query: SIGN_IN, variables: { u: username, p: password } });
  return { cookie: response.headers.get("set-cookie")?.split(";")[0], body: await response.json() };
};

describe("two server processes on one database", () => {
  it("a session opened on one works on the other, and a sign-out on one ends it on both", async () => {
    const { cookie, body } = await signIn(a, "deputy-gm", "executive-demo");
    expect(body).toEqual({ data: { signIn: { username: "deputy-gm" } } });
    expect(await b.gql("{ viewer { username } units { code } }", {}, { cookie })).toMatchObject({
      data: { viewer: { username: "deputy-gm" }, units: [{}, {}, {}, {}, {}] },
    });
    // A token created through one instance works on the other; revoked on the other, it stops on the first at once:
    // as soon as PostgreSQL's credential notice reaches the first (it keeps viewers for a minute otherwise).
    const created = await b.gql(`mutation { createApiToken(name: "two instances") { secret token { id } } }`, {}, { cookie });
    expect(created.errors).toBeUndefined();
    const { secret: token, token: info } = created.data.createApiToken;
    expect((await a.gql("{ viewer { username } }", {}, { token })).data).toEqual({ viewer: { username: "deputy-gm" } });
    expect((await a.gql("{ units { code } }", {}, { token })).data.units).toHaveLength(5); // now kept on the first
    await b.gql(`mutation($id: String!) { revokeApiToken(id: $id) { revokedAt } }`, { id: info.id }, { cookie });
    const refusedOn = async (server: Instance, credentials: { token?: string; cookie?: string }) => {
      let requests = 0;
      await expect
        .poll(
          async () => {
            requests++;
            return (await server.gql("{ units { code } }", {}, credentials)).errors?.[0].extensions.code;
          },
          { interval: 2, timeout: 2000 },
        )
        .toBe("UNAUTHENTICATED");
      return requests;
    };
    const tokenRefusedOn = await refusedOn(a, { token });

    expect((await b.gql("{ units { code } }", {}, { cookie })).data.units).toHaveLength(5); // kept on the second
    await a.gql("mutation { signOut }", {}, { cookie });
    const sessionRefusedOn = await refusedOn(b, { cookie });
    console.log(`refused on the other instance from request ${tokenRefusedOn} (token) and ${sessionRefusedOn} (session) after the change`);
  });

  it("failed sign-ins on both count towards one limit", async () => {
    // Three failures are free for a (username, address); the next attempt waits. Split 2 + 1 over
    // the instances, each alone would still allow it: together they do not.
    for (const server of [a, b, a]) {
      const { body } = await signIn(server, "analyst", "not the password");
      expect(body.errors[0].extensions.code).toBe("UNAUTHENTICATED");
    }
    for (const server of [b, a]) {
      const { body, cookie } = await signIn(server, "analyst", "analyst-demo");
      expect(body.errors[0].extensions.code).toBe("TOO_MANY_ATTEMPTS");
      expect(body.errors[0].extensions.retryAfterSeconds).toBeGreaterThan(0);
      expect(cookie).toBeUndefined();
    }
    expect(await knex("sign_in_failures").where({ username: "analyst" }).count({ n: "*" })).toEqual([{ n: 3 }]);
  });

  it("a finalisation on one is seen by the other at once, and so is a reopening", async () => {
    const { cookie } = await signIn(a, "demo-admin", "demo-admin-pass");
    const ASSESSMENT = `query($year: Int!) { assessment(year: $year) { finalized results { unit { code } total } } }`;
    const year = 2025;
    expect((await b.gql(ASSESSMENT, { year }, { cookie })).data.assessment.finalized).toBe(false);
    const finalized = await a.gql(
      `mutation($year: Int!) { finalizeAssessment(year: $year) { finalized results { unit { code } total } } }`,
      { year },
      { cookie },
    );
    expect(finalized.errors).toBeUndefined();
    const seen = (await b.gql(ASSESSMENT, { year }, { cookie })).data.assessment;
    expect(seen).toEqual(finalized.data.finalizeAssessment);
    expect(seen.finalized).toBe(true);
    // A write through the other instance is refused for the finalised year.
    const late = await b.gql(
      `mutation($entries: [RevenueInput!]!) { recordRevenue(entries: $entries) { inserted } }`,
      { entries: [{ unitCode: "north", date: `${year}-12-30`, category: "ARREARS", amount: "1.00", reference: "TWO-INSTANCES-1" }] },
      { cookie },
    );
    expect(late.errors?.[0].extensions.code).toBe("YEAR_FINALIZED");
    await b.gql(`mutation($year: Int!) { reopenAssessment(year: $year, reason: "two-instance test") { finalized } }`, { year }, { cookie });
    expect((await a.gql(ASSESSMENT, { year }, { cookie })).data.assessment.finalized).toBe(false);
  });
});
