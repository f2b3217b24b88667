import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/test-server.ts";

/**
 * What an attacker or a careless script can try, over real HTTP: locking someone's account,
 * forging a change from another site with the victim's cookie, huge queries, and probing the
 * schema without signing in.
 */
let server: TestServer;

async function post(body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", "accept-language": "en", ...headers },
    body: JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, body: (await response.json()) as any };
}

const SIGN_IN = `mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { username } }`;
const signInFrom = (address: string, username: string, password: string) =>
  post({ query: SIGN_IN, variables: { u: username, p: password } }, { "x-forwarded-for": address });

beforeAll(async () => {
  // Behind a proxy, so each test request can come from its own client address.
  server = await startTestServer({ trustProxy: true });
  const created = await server.gql(
    `mutation { a: createUser(input: { username: "wang.wu", displayName: "王五", password: "correct horse battery", roles: [CLERK] }) { username }
                b: createUser(input: { username: "zhao.liu", displayName: "赵六", password: "another good secret", roles: [CLERK] }) { username } }`,
  );
  expect(created.errors).toBeUndefined();
});
afterAll(() => server?.close());

describe("sign-in throttling cannot lock the owner out", () => {
  it("slows an attacker's address down while the owner signs in from theirs", async () => {
    expect((await signInFrom("10.1.0.1", "wang.wu", "correct horse battery")).body.data.signIn.username).toBe("wang.wu");
    for (let i = 0; i < 6; i++) await signInFrom("10.9.9.9", "wang.wu", `guess ${i}`);
    const attacker = await signInFrom("10.9.9.9", "wang.wu", "guess again");
    expect(attacker.body.errors[0].extensions.code).toBe("TOO_MANY_ATTEMPTS");
    expect(attacker.body.errors[0].extensions.retryAfterSeconds).toBeGreaterThan(0);
    // The right password from the attacker's address is refused too (it could be a lucky guess)…
    expect((await signInFrom("10.9.9.9", "wang.wu", "correct horse battery")).body.errors[0].extensions.code).toBe("TOO_MANY_ATTEMPTS");
    // …but the owner, elsewhere, is not slowed down at all.
    expect((await signInFrom("10.1.0.1", "wang.wu", "correct horse battery")).body.data.signIn.username).toBe("wang.wu");
  });

  it("blocks a username guessed from many addresses, except from an address its owner used before", async () => {
    expect((await signInFrom("10.2.0.1", "zhao.liu", "another good secret")).body.data).toBeTruthy();
    for (let i = 0; i < 25; i++) await signInFrom(`10.8.${i}.1`, "zhao.liu", `guess ${i}`);
    expect((await signInFrom("10.7.7.7", "zhao.liu", "another good secret")).body.errors[0].extensions.code).toBe("TOO_MANY_ATTEMPTS");
    expect((await signInFrom("10.2.0.1", "zhao.liu", "another good secret")).body.data.signIn.username).toBe("zhao.liu");
  });

  it("keeps its counts in PostgreSQL (every instance and restart sees them)", async () => {
    const rows = await server.knex("sign_in_failures").where({ username: "zhao.liu" }).count({ n: "*" });
    // 20 failures block the username; attempts refused by the throttle are not counted again.
    expect(Number(rows[0].n)).toBe(20);
  });
});

describe("cookie-authenticated changes from another site", () => {
  let cookie: string;
  beforeAll(async () => {
    const signedIn = await fetch(`${server.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": "10.3.0.1" },
      body: JSON.stringify({ query: SIGN_IN, variables: { u: "wang.wu", p: "correct horse battery" } }),
    });
    cookie = signedIn.headers.get("set-cookie")!.split(";")[0];
  });
  const createToken = `mutation { createApiToken(name: "forged") { secret } }`;

  it("are refused with 403 when the Origin is foreign, and nothing is stored", async () => {
    const before = await server.knex("api_tokens").count({ n: "*" });
    const forged = await post({ query: createToken }, { cookie, origin: "http://evil.example" });
    expect(forged.status).toBe(403);
    expect(forged.body.errors[0].extensions).toMatchObject({ code: "FORBIDDEN", reason: "ORIGIN_NOT_ALLOWED" });
    expect(forged.body.errors[0].message).toContain("http://evil.example");
    const byReferer = await post({ query: createToken }, { cookie, referer: "http://evil.example/page" });
    expect(byReferer.status).toBe(403);
    expect(await server.knex("api_tokens").count({ n: "*" })).toEqual(before);
  });

  it("are accepted from the server's own pages, and reads are never refused", async () => {
    const own = new URL(server.url).origin;
    expect((await post({ query: createToken }, { cookie, origin: own })).body.data.createApiToken.secret).toMatch(/^sat_/);
    expect((await post({ query: "{ viewer { username } }" }, { cookie, origin: "http://evil.example" })).body.data.viewer.username).toBe("wang.wu");
  });

  it("do not concern scripts signed in with a token", async () => {
    const token = await server.userWithRoles("origin-script", ["CLERK"]);
    const response = await post({ query: createToken }, { authorization: `Bearer ${token}`, origin: "http://evil.example" });
    expect(response.body.data.createApiToken.secret).toMatch(/^sat_/);
  });
});

describe("limits and probing", () => {
  it("refuses 1,000 aliases with 400 and a code, not 500", async () => {
    const query = `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: viewer { username }`).join(" ")} }`;
    const response = await post({ query });
    expect(response.status).toBe(400);
    expect(response.body.errors[0].extensions.code).toBe("GRAPHQL_PARSE_FAILED");
    expect(response.body.errors[0].message).toMatch(/Document contains more th\w+ 4000 tokens/);
  });

  it("refuses 16 aliases and a too deep query with 400 and their code", async () => {
    const aliases = await post({ query: `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: viewer { username }`).join(" ")} }` });
    expect(aliases.status).toBe(400);
    expect(aliases.body.errors[0].extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
    const deep = await post({ query: `{ ${"units { contract(year: 2025) { unit { ".repeat(5)} code ${"} } }".repeat(5)} }` });
    expect(deep.status).toBe(400);
    expect(deep.body.errors[0].extensions.code).toBe("GRAPHQL_VALIDATION_FAILED");
  });

  it("gives callers who are not signed in no 'Did you mean' hints about the schema", async () => {
    const anonymous = await post({ query: `{ unitz { code } }` });
    expect(JSON.stringify(anonymous.body)).not.toMatch(/Did you mean/);
    const badEnum = await post({ query: `query($k: UnitKind!) { viewer { username } }`, variables: { k: "STATIONN" } });
    expect(badEnum.status).toBe(400);
    expect(JSON.stringify(badEnum.body)).not.toMatch(/Did you mean|STATION\b/);
  });

  it("reads a malformed session cookie as signed out", async () => {
    const response = await post({ query: "{ viewer { username } }" }, { cookie: "sa_session=%E0%A4%A" });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ data: { viewer: null } });
  });

  it("expires API tokens after 90 days by default and shows when", async () => {
    const token = await server.userWithRoles("expiring-owner", ["ANALYST"]);
    const created = await post(
      { query: `mutation { createApiToken(name: "report script") { token { expiresAt } } }` },
      { authorization: `Bearer ${token}` },
    );
    const expiresAt = Date.parse(created.body.data.createApiToken.token.expiresAt);
    expect(Math.round((expiresAt - Date.now()) / 86_400_000)).toBe(90);
    await server
      .knex("api_tokens")
      .where({ name: "tests" })
      .whereIn("user_id", server.knex("users").select("id").where({ username: "expiring-owner" }))
      .update({ expires_at: server.knex.raw("now() - interval '1 second'") });
    expect((await post({ query: "{ viewer { username } }" }, { authorization: `Bearer ${token}` })).body.data.viewer).toBeNull();
  });
});
