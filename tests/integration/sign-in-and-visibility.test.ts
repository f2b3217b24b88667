import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDatasetThroughApi, readWorkedExample } from "../support/load-dataset.ts";
import { FINALIZE } from "../support/operations.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

let server: TestServer;

async function post(body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
  return { response, body: (await response.json()) as any };
}

beforeAll(async () => {
  server = await startTestServer();
  await loadDatasetThroughApi(server, readWorkedExample());
  const created = await server.gql(
    `mutation { a: createUser(input: { username: "li.si", displayName: "李四", password: "correct horse battery", roles: [COMMITTEE], memberName: "committee1" }) { username }
                b: createUser(input: { username: "head-east", displayName: "城东站长", password: "east-station-pass", roles: [STATION_HEAD], unitCode: "east" }) { username } }`,
  );
  expect(created.errors).toBeUndefined();
});
afterAll(() => server?.close());

const signIn = (username: string, password: string) =>
  post({
    query: `mutation($u: String!, $p: String!) { signIn(username: $u, password: $p) { username roles memberName unitCode } }`,
    variables: { u: username, p: password },
  });

describe("signing in", () => {
  it("sets an HttpOnly SameSite session cookie that identifies the user, and signing out ends it", async () => {
    const { response, body } = await signIn("li.si", "correct horse battery");
    expect(body.data.signIn).toEqual({ username: "li.si", roles: ["COMMITTEE"], memberName: "committee1", unitCode: null });
    const setCookie = response.headers.get("set-cookie")!;
    expect(setCookie).toMatch(/sa_session=sas_/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    expect(setCookie).not.toMatch(/Secure/i); // plain HTTP here; HTTPS requests get Secure
    const cookie = setCookie.split(";")[0];
    expect((await post({ query: "{ viewer { username } }" }, { cookie })).body.data.viewer).toEqual({ username: "li.si" });
    await post({ query: "mutation { signOut }" }, { cookie });
    expect((await post({ query: "{ viewer { username } }" }, { cookie })).body.data.viewer).toBeNull();
    const stored = await server.knex("sessions").select("token_hash");
    expect(stored.every((s) => !cookie.includes(s.token_hash))).toBe(true); // only hashes are stored
  });

  it("gives one message for a wrong password and an unknown user, and throttles repeated failures", async () => {
    const wrong = await signIn("li.si", "wrong password!");
    const unknown = await signIn("nobody", "wrong password!");
    expect(wrong.body.errors[0].message).toBe(unknown.body.errors[0].message);
    expect(wrong.body.errors[0].extensions.code).toBe("UNAUTHENTICATED");
    for (let i = 0; i < 4; i++) await signIn("li.si", "wrong password!");
    const throttled = await signIn("li.si", "correct horse battery");
    expect(throttled.body.errors[0].extensions.code).toBe("TOO_MANY_ATTEMPTS");
    expect(throttled.body.errors[0].extensions.retryAfterSeconds).toBeGreaterThan(0);
  });

  it("refuses a disabled account and ends its sessions", async () => {
    const session = (await signIn("head-east", "east-station-pass")).response.headers.get("set-cookie")!.split(";")[0];
    await server.gql(`mutation { updateUser(input: { username: "head-east", disabled: true }) { disabled } }`);
    expect((await post({ query: "{ viewer { username } }" }, { cookie: session })).body.data.viewer).toBeNull();
    expect((await signIn("head-east", "east-station-pass")).body.errors[0].extensions.code).toBe("UNAUTHENTICATED");
    await server.gql(`mutation { updateUser(input: { username: "head-east", disabled: false }) { disabled } }`);
  });
});

describe("personal API tokens", () => {
  it("are shown once, stored hashed, listed by their owner and stop working when revoked", async () => {
    const cookie = (await signIn("head-east", "east-station-pass")).response.headers.get("set-cookie")!.split(";")[0];
    const created = await post({ query: `mutation { createApiToken(name: "月报脚本") { secret token { id name prefix revokedAt } } }` }, { cookie });
    const { secret, token } = created.body.data.createApiToken;
    expect(secret).toMatch(/^sat_/);
    expect(token).toMatchObject({ name: "月报脚本", prefix: secret.slice(0, 10), revokedAt: null });
    const stored = await server.knex("api_tokens").where({ id: token.id }).first();
    expect(stored.token_hash).not.toContain(secret);
    const bearer = { authorization: `Bearer ${secret}` };
    expect((await post({ query: "{ viewer { username } }" }, bearer)).body.data.viewer).toEqual({ username: "head-east" });
    const listed = await post({ query: "{ apiTokens { id name } }" }, bearer);
    expect(listed.body.data.apiTokens).toEqual([{ id: token.id, name: "月报脚本" }]);
    const otherUser = await server.gql(`mutation($id: String!) { revokeApiToken(id: $id) { id } }`, { id: token.id });
    expect(otherUser.errors?.[0].extensions?.code).toBe("NOT_FOUND"); // not the admin's token
    await post({ query: `mutation($id: String!) { revokeApiToken(id: $id) { revokedAt } }`, variables: { id: token.id } }, bearer);
    expect((await post({ query: "{ viewer { username } }" }, bearer)).body.data.viewer).toBeNull();
  });
});

describe("what each role sees", () => {
  it("a station head reads only their own unit until the year is finalised, then every unit", async () => {
    const head = await server.userWithRoles("head-north-test", ["STATION_HEAD"], { unitCode: "north" });
    const read = () =>
      server.gqlAs(
        head,
        `{ assessment(year: 2025) { results { unit { code } } } contracts(year: 2025) { unit { code } }
           yearTotals(year: 2025) { unit { code } } revenueRecords(filter: { year: 2025 }) { totalCount } }`,
      );
    const open = await read();
    expect(open.errors).toBeUndefined();
    expect(open.data.assessment.results.map((r: any) => r.unit.code)).toEqual(["north"]);
    expect(open.data.contracts.map((r: any) => r.unit.code)).toEqual(["north"]);
    expect(open.data.yearTotals.map((r: any) => r.unit.code)).toEqual(["north"]);
    expect(open.data.revenueRecords.totalCount).toBe(156); // north's 52 weeks × 3 categories
    const other = await server.gqlAs(head, `{ revenueRecords(filter: { year: 2025, unitCode: "south" }) { totalCount } }`);
    expect(other.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect((await server.gqlAs(head, `{ committeeScores(year: 2025) { score } }`)).data.committeeScores).toEqual([]);

    expect((await server.gql(FINALIZE, { year: 2025 })).errors).toBeUndefined();
    const finalized = await read();
    expect(finalized.data.assessment.results).toHaveLength(5);
    expect(finalized.data.revenueRecords.totalCount).toBe(780);
    await server.gql(`mutation { reopenAssessment(year: 2025, reason: "test of visibility") { finalized } }`);
  });

  it("a committee member sees and enters only their own scores until finalisation", async () => {
    const member = await server.userWithRoles("member-two", ["COMMITTEE"], { memberName: "committee2" });
    const scores = await server.gqlAs(member, `{ committeeScores(year: 2025) { member { name } } }`);
    expect(new Set(scores.data.committeeScores.map((s: any) => s.member.name))).toEqual(new Set(["committee2"]));
    const own = await server.gqlAs(
      member,
      `mutation { submitScore(input: { year: 2025, unitCode: "hall", dimension: SATISFACTION, score: 91 }) { member { name } score } }`,
    );
    expect(own.data.submitScore).toEqual({ member: { name: "committee2" }, score: 91 });
    const other = await server.gqlAs(
      member,
      `mutation { submitScore(input: { year: 2025, unitCode: "hall", dimension: SATISFACTION, member: "committee3", score: 10 }) { score } }`,
    );
    expect(other.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const executive = await server.userWithRoles("exec-test", ["EXECUTIVE"]);
    const all = await server.gqlAs(executive, `{ committeeScores(year: 2025) { member { name } } }`);
    expect(new Set(all.data.committeeScores.map((s: any) => s.member.name)).size).toBeGreaterThan(1);
  });

  it("withholds the other members' scores from the explanations until finalisation", async () => {
    const member = await server.userWithRoles("member-three", ["COMMITTEE"], { memberName: "committee3" });
    const head = await server.userWithRoles("head-south-test", ["STATION_HEAD"], { unitCode: "south" });
    const executive = await server.userWithRoles("exec-raters", ["EXECUTIVE"]);
    const query = `{ assessment(year: 2025) { results { unit { code } scores { dimension score explanation(language: EN)
      committee { counted { member score } dropped { member score } average withheld } } } } }`;
    type Score = {
      dimension: string;
      score: number;
      explanation: string;
      committee: { counted: { member: string }[]; dropped: { member: string }[]; average: number; withheld: number } | null;
    };
    const committeeParts = async (user: typeof member) => {
      const answer = await server.gqlAs(user, query);
      expect(answer.errors).toBeUndefined();
      return answer.data.assessment.results.flatMap((r: { unit: { code: string }; scores: Score[] }) =>
        r.scores.filter((s) => s.committee && s.committee.average !== null).map((s) => ({ key: `${r.unit.code}/${s.dimension}`, ...s })),
      ) as (Score & { key: string })[];
    };

    const everything = new Map((await committeeParts(executive)).map((s) => [s.key, s]));
    expect(everything.size).toBe(10);
    const raterCount = (s: Score) => s.committee!.counted.length + s.committee!.dropped.length;
    for (const s of everything.values()) expect(s.committee!.withheld).toBe(0);

    const own = await committeeParts(member);
    expect(own).toHaveLength(10);
    for (const s of own) {
      const full = everything.get(s.key)!;
      expect(s.score).toBe(full.score);
      expect(s.committee!.average).toBe(full.committee!.average);
      for (const rater of [...s.committee!.counted, ...s.committee!.dropped]) expect(rater.member).toBe("committee3");
      expect(raterCount(s) + s.committee!.withheld).toBe(raterCount(full));
      expect(s.explanation).not.toMatch(/committee[1245]/);
      expect(s.explanation).toContain("The other members' scores are shown once the year is finalised.");
    }
    expect(own.some((s) => raterCount(s) === 1)).toBe(true);

    const south = await committeeParts(head);
    expect(south.map((s) => s.key).sort()).toEqual(["south/COOPERATION", "south/SATISFACTION"]);
    for (const s of south) expect(raterCount(s)).toBe(0);

    expect((await server.gql(FINALIZE, { year: 2025 })).errors).toBeUndefined();
    for (const s of await committeeParts(member)) {
      expect(s.committee!.withheld).toBe(0);
      expect(raterCount(s)).toBe(raterCount(everything.get(s.key)!));
    }
    await server.gql(`mutation { reopenAssessment(year: 2025, reason: "test of rater visibility") { finalized } }`);
  });

  it("reveals the schema only to signed-in users", async () => {
    const anonymous = await post({ query: "{ __schema { queryType { name } } }" });
    expect(anonymous.body.errors[0].extensions.code).toBe("UNAUTHENTICATED");
    const signedIn = await server.gql("{ __schema { queryType { name } } }");
    expect(signedIn.data.__schema.queryType.name).toBe("Query");
  });

  it("records every mutation in the audit log, with secrets hidden", async () => {
    await signIn("li.si", "another wrong one");
    const log = await server.gql(`{ auditLog(limit: 200) { actor action outcome details } }`);
    const signIns = log.data.auditLog.filter((e: any) => e.action === "signIn");
    expect(signIns.length).toBeGreaterThan(0);
    expect(signIns.some((e: any) => e.outcome !== "OK")).toBe(true);
    for (const entry of log.data.auditLog) expect(entry.details).not.toMatch(/wrong one|correct horse|east-station-pass/);
    expect(log.data.auditLog.some((e: any) => e.action === "createUser" && e.actor === "test-admin")).toBe(true);
  });
});
