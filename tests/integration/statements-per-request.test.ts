import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/test-server.ts";

/**
 * Authentication costs at most one indexed statement per request: the token or session with its
 * user in one statement, a token's last use written in that same statement at most once a minute;
 * for a minute after that the viewer is kept (viewer-cache.ts) and a request costs only its own
 * statements, until a credential notice clears it. Counted from the knex client's query events
 * (the server and this file share the client).
 */
let server: TestServer;
let adminToken: string;
const UNITS = "{ units { code name } }";

beforeAll(async () => {
  server = await startTestServer();
  adminToken = await server.userWithRoles("counting-admin", ["ADMIN"]);
  await server.gqlAs(
    adminToken,
    `mutation { upsertUnit(input: { code: "west", name: "西站", kind: STATION }) { code }
                createUser(input: { username: "counting-head", displayName: "西站站长", password: "west-station-pass", roles: [STATION_HEAD], unitCode: "west" }) { username } }`,
  );
});
afterAll(() => server?.close());

async function statementsFor(requests: number, send: () => Promise<unknown>) {
  const seen: string[] = [];
  const listener = (query: { sql: string }) => seen.push(query.sql);
  server.knex.on("query", listener);
  try {
    for (let i = 0; i < requests; i++) await send();
  } finally {
    server.knex.off("query", listener);
  }
  return seen;
}

// By the token's hash: test tokens share their first characters ("sat_test_"), so a prefix may match another's.
const hashOf = (token: string) => createHash("sha256").update(token).digest("hex");
const lastUsed = async (token: string) => {
  const row = await server
    .knex("api_tokens")
    .where({ token_hash: hashOf(token) })
    .first("last_used_at");
  return row.last_used_at as Date | null;
};

describe("SQL statements per request", () => {
  it("answers { units { code name } } with a token in two statements, then in one while its viewer is kept", async () => {
    const token = await server.userWithRoles("counting-reader", ["EXECUTIVE"]);
    expect(await lastUsed(token)).toBeNull();
    const first = await statementsFor(1, () => server.gqlAs(token, UNITS));
    const touched = await lastUsed(token);
    expect(touched).not.toBeNull();
    const steady = await statementsFor(20, () => server.gqlAs(token, UNITS));
    console.log(`${UNITS} with a token: first ${first.length}, then ${steady.length / 20} statement(s) per request`);
    expect(first).toHaveLength(2);
    expect(steady).toEqual(Array(20).fill(expect.stringMatching(/^select [\s\S]* from units u /)));
    // Written at most once a minute: the twenty requests after it left it alone.
    expect(await lastUsed(token)).toEqual(touched);
    // Read again (the kept viewer forgotten: a credential notice) and older than a minute: recorded again.
    await server
      .knex("api_tokens")
      .where({ token_hash: hashOf(token) })
      .update({ last_used_at: server.knex.raw("now() - interval '61 seconds'") });
    const before = await lastUsed(token);
    await server.knex.raw("select pg_notify('station_credentials', '')");
    await expect
      .poll(async () => {
        expect((await server.gqlAs(token, UNITS)).data.units).toEqual([{ code: "west", name: "西站" }]);
        return (await lastUsed(token))!.getTime();
      })
      .toBeGreaterThan(before!.getTime());
  });

  it("answers it with a session cookie in one statement while its viewer is kept", async () => {
    const signIn = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `mutation { signIn(username: "counting-head", password: "west-station-pass") { username } }` }),
    });
    const cookie = signIn.headers.get("set-cookie")!.split(";")[0];
    const post = async () =>
      (
        await fetch(`${server.url}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json", cookie },
          body: JSON.stringify({ query: UNITS }),
        })
      ).json();
    expect(await post()).toEqual({ data: { units: [{ code: "west", name: "西站" }] } });
    const steady = await statementsFor(20, post);
    console.log(`${UNITS} with a session: ${steady.length / 20} statement(s) per request`);
    expect(steady.length / 20).toBe(1);
  });

  it("answers the dashboard's contracts with their units in one statement while the viewer is kept", async () => {
    const token = await server.userWithRoles("counting-contracts", ["EXECUTIVE"]);
    await server.gqlAs(
      adminToken,
      `mutation { setContract(input: { unitCode: "west", year: 2025, revenueTarget: "1000000.00", staffCount: 5, vehicleCount: 1,
         baseExpense: "300000.00", repairBudget: "80000.00", repairBudgetFromMonth: 1, revenueCommissionRate: 6, overTargetRate: 15,
         underTargetDeductionRate: 10, repairSavingsRewardRate: 30 }) { year } }`,
    );
    const CONTRACTS = `{ contracts(year: 2025) { year revenueTarget unit { code name } } }`;
    expect((await server.gqlAs(token, CONTRACTS)).data.contracts).toEqual([
      { year: 2025, revenueTarget: "1000000.00", unit: { code: "west", name: "西站" } },
    ]);
    const steady = await statementsFor(10, () => server.gqlAs(token, CONTRACTS));
    console.log(`contracts with units: ${steady.length / 10} statement(s) per request`);
    expect(steady).toEqual(Array(10).fill(expect.stringMatching(/ from "contracts" as "c" /)));
  });

  it("refuses a revoked or expired token and a disabled user's token as soon as the change commits, however it is written", async () => {
    // The writes come as plain SQL, past the API: the database's credential notice alone tells the server.
    const cases: [string, (token: string) => Promise<unknown>][] = [
      [
        "revoked",
        (token) =>
          server
            .knex("api_tokens")
            .where({ token_hash: hashOf(token) })
            .update({ revoked_at: server.knex.fn.now() }),
      ],
      [
        "expired",
        (token) =>
          server
            .knex("api_tokens")
            .where({ token_hash: hashOf(token) })
            .update({ expires_at: server.knex.raw("now() - interval '1 second'") }),
      ],
      ["disabled", () => server.knex("users").where({ username: "counting-disabled" }).update({ disabled: true })],
    ];
    const delays: string[] = [];
    for (const [name, write] of cases) {
      const token = await server.userWithRoles(`counting-${name}`, ["EXECUTIVE"]);
      expect((await server.gqlAs(token, UNITS)).data.units).toHaveLength(1);
      expect((await statementsFor(1, () => server.gqlAs(token, UNITS))).length).toBe(1); // kept
      await write(token);
      const started = performance.now();
      let requests = 0;
      await expect
        .poll(
          async () => {
            requests++;
            return (await server.gqlAs(token, UNITS)).errors?.[0].extensions?.code;
          },
          { interval: 2 },
        )
        .toBe("UNAUTHENTICATED");
      delays.push(`${name}: request ${requests} (${(performance.now() - started).toFixed(1)} ms)`);
      // And stays refused.
      for (let i = 0; i < 3; i++) expect((await server.gqlAs(token, UNITS)).errors![0].extensions!.code).toBe("UNAUTHENTICATED");
    }
    console.log(`refused after the commit from: ${delays.join(", ")}`);
  });

  it("sees a user's new roles on a kept viewer as soon as they commit", async () => {
    const token = await server.userWithRoles("counting-promoted", ["EXECUTIVE"]);
    const roles = async () => (await server.gqlAs(token, "{ viewer { roles } }")).data.viewer.roles;
    expect(await roles()).toEqual(["EXECUTIVE"]);
    await server
      .knex("users")
      .where({ username: "counting-promoted" })
      .update({ roles: ["EXECUTIVE", "CLERK"] });
    await expect.poll(roles, { interval: 2 }).toEqual(["EXECUTIVE", "CLERK"]);
  });
});
