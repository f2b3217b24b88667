import type { Knex } from "knex";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDatasetThroughApi, readWorkedExample } from "../support/load-dataset.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

/**
 * Hostile and malformed input over real HTTP. Every attempt must be refused with a clear error
 * (never a masked internal error), and the business data must be byte-for-byte unchanged.
 */
let server: TestServer;
let token: string;

/** Row count and an md5 of every row of each business table (audit log and sessions excluded). */
async function fingerprint(knex: Knex): Promise<Record<string, string>> {
  const tables = [
    "units",
    "contracts",
    "schemes",
    "revenue_records",
    "cost_records",
    "callbacks",
    "complaints",
    "dispatch_orders",
    "committee_members",
    "committee_scores",
    "committee_score_history",
    "implementation_rules",
    "finalized_years",
    "frozen_results",
    "users",
    "unit_staff",
    "unit_vehicles",
    "committee_memberships",
    "rule_files",
    "implementation_rule_attachments",
    "rule_acknowledgements",
  ];
  const result: Record<string, string> = {};
  for (const table of tables) {
    const row = await knex.raw(`select count(*) as n, coalesce(md5(string_agg(t::text, '|' order by t::text)), '') as digest from ${table} t`);
    result[table] = `${row.rows[0].n}:${row.rows[0].digest}`;
  }
  return result;
}

interface Attempt {
  label: string;
  send: () => Promise<{ status: number; body: any }>;
}

async function post(body: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}`, ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: any = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // Express answers some refusals (413) in plain text.
  }
  return { status: response.status, body: parsed };
}

const gql = (query: string, variables?: Record<string, unknown>) => () => post({ query, variables });

const RECORD_REVENUE = `mutation($e: [RevenueInput!]!) { recordRevenue(entries: $e) { inserted } }`;
const RECORD_COSTS = `mutation($e: [CostInput!]!) { recordCosts(entries: $e) { inserted } }`;
const RECORD_CALLBACKS = `mutation($e: [CallbackInput!]!) { recordCallbacks(entries: $e) { inserted } }`;
const RECORD_COMPLAINTS = `mutation($e: [ComplaintInput!]!) { recordComplaints(entries: $e) { inserted } }`;
const RECORD_DISPATCHES = `mutation($e: [DispatchInput!]!) { recordDispatches(entries: $e) { inserted } }`;
const SET_CONTRACT = `mutation($i: ContractInput!) { setContract(input: $i) { year } }`;
const UPSERT_UNIT = `mutation($i: UnitInput!) { upsertUnit(input: $i) { code } }`;
const SUBMIT_SCORE = `mutation($i: ScoreInput!) { submitScore(input: $i) { id } }`;
const FILE_RULE = `mutation($i: ImplementationRuleInput!) { fileImplementationRule(input: $i) { id } }`;
const CREATE_USER = `mutation($i: UserInput!) { createUser(input: $i) { username } }`;

const revenue = (over: Record<string, unknown>) => ({
  unitCode: "north",
  date: "2026-03-02",
  category: "VIEWING_FEE",
  amount: "100.00",
  reference: "B-1",
  ...over,
});
const cost = (over: Record<string, unknown>) => ({
  unitCode: "north",
  date: "2026-03-02",
  category: "MEALS",
  amount: "100.00",
  reference: "B-1",
  ...over,
});
const contract = (over: Record<string, unknown>) => ({
  unitCode: "north",
  year: 2026,
  revenueTarget: "3300000.00",
  staffCount: 7,
  vehicleCount: 1,
  baseExpense: "520000.00",
  repairBudget: "180000.00",
  repairBudgetFromMonth: 3,
  revenueCommissionRate: 6,
  overTargetRate: 15,
  underTargetDeductionRate: 10,
  repairSavingsRewardRate: 30,
  ...over,
});
const score = (over: Record<string, unknown>) => ({
  year: 2026,
  unitCode: "north",
  dimension: "SATISFACTION",
  member: "committee1",
  score: 80,
  ...over,
});
const rule = (over: Record<string, unknown>) => ({
  unitCode: "north",
  year: 2026,
  title: "细则",
  text: "内容",
  filedOn: "2026-01-10",
  reference: "R-B",
  ...over,
});

const BAD_MONEY: unknown[] = [
  "1e5",
  "12.345",
  "-1",
  "NaN",
  "Infinity",
  "99999999999999999.00",
  "",
  " 1.00",
  "1,000.00",
  "0x10",
  "１２",
  12.5,
  true,
  null,
];
const INJECTIONS = ["x'); drop table units; --", "1' OR '1'='1", "'; delete from revenue_records; --", 'north" OR ""="', "$(rm -rf /)", "north%27--"];
const HUGE = "扣".repeat(50_000) + "x".repeat(50_000); // 100,000 characters, about 200 KB of UTF-8

function attempts(): Attempt[] {
  const list: Attempt[] = [];
  const add = (label: string, send: Attempt["send"]) => list.push({ label, send });

  for (const money of BAD_MONEY) {
    add(`revenue amount ${JSON.stringify(money)}`, gql(RECORD_REVENUE, { e: [revenue({ amount: money })] }));
    add(`cost amount ${JSON.stringify(money)}`, gql(RECORD_COSTS, { e: [cost({ amount: money })] }));
    add(`contract revenueTarget ${JSON.stringify(money)}`, gql(SET_CONTRACT, { i: contract({ revenueTarget: money }) }));
    add(`contract baseExpense ${JSON.stringify(money)}`, gql(SET_CONTRACT, { i: contract({ baseExpense: money }) }));
  }
  for (const [label, query, entry] of [
    ["revenue category", RECORD_REVENUE, revenue({ category: "DONATION" })],
    ["cost category", RECORD_COSTS, cost({ category: "BRIBES" })],
    ["callback outcome", RECORD_CALLBACKS, { unitCode: "north", date: "2026-03-02", outcome: "HAPPY", reference: "B-1" }],
    ["dispatch kind", RECORD_DISPATCHES, { unitCode: "north", date: "2026-03-02", kind: "PARADE", outcome: "ON_TIME", reference: "B-1" }],
    ["dispatch outcome", RECORD_DISPATCHES, { unitCode: "north", date: "2026-03-02", kind: "OTHER", outcome: "MAYBE", reference: "B-1" }],
    ["lower-case enum", RECORD_REVENUE, revenue({ category: "viewing_fee" })],
  ] as const) {
    add(`wrong enum: ${label}`, gql(query, { e: [entry] }));
  }
  add("wrong enum: unit kind", gql(UPSERT_UNIT, { i: { code: "west", name: "西站", kind: "SHOP" } }));
  add("wrong enum: score dimension", gql(SUBMIT_SCORE, { i: score({ dimension: "FUN" }) }));
  add("wrong enum: role", gql(CREATE_USER, { i: { username: "mallory", displayName: "M", password: "long enough pass", roles: ["GOD"] } }));

  const unknownUnit = "nowhere";
  add("unknown unit: revenue", gql(RECORD_REVENUE, { e: [revenue({ unitCode: unknownUnit })] }));
  add("unknown unit: cost", gql(RECORD_COSTS, { e: [cost({ unitCode: unknownUnit })] }));
  add(
    "unknown unit: callback",
    gql(RECORD_CALLBACKS, { e: [{ unitCode: unknownUnit, date: "2026-03-02", outcome: "SATISFIED", reference: "B-1" }] }),
  );
  add("unknown unit: complaint", gql(RECORD_COMPLAINTS, { e: [{ unitCode: unknownUnit, date: "2026-03-02", repeat: false, reference: "B-1" }] }));
  add(
    "unknown unit: dispatch",
    gql(RECORD_DISPATCHES, { e: [{ unitCode: unknownUnit, date: "2026-03-02", kind: "OTHER", outcome: "LATE", reference: "B-1" }] }),
  );
  add("unknown unit: contract", gql(SET_CONTRACT, { i: contract({ unitCode: unknownUnit }) }));
  add("unknown unit: score", gql(SUBMIT_SCORE, { i: score({ unitCode: unknownUnit }) }));
  add("unknown unit: rule", gql(FILE_RULE, { i: rule({ unitCode: unknownUnit }) }));
  add(
    "unknown unit: station head",
    gql(CREATE_USER, {
      i: { username: "head-west", displayName: "W", password: "long enough pass", roles: ["STATION_HEAD"], unitCode: unknownUnit },
    }),
  );

  for (const injection of INJECTIONS) {
    add(`injection in unitCode ${injection}`, gql(RECORD_REVENUE, { e: [revenue({ unitCode: injection })] }));
    add(`injection in reference ${injection}`, gql(RECORD_REVENUE, { e: [revenue({ reference: injection })] }));
    add(`injection in cost reference ${injection}`, gql(RECORD_COSTS, { e: [cost({ reference: injection })] }));
    add(`injection in unit code ${injection}`, gql(UPSERT_UNIT, { i: { code: injection, name: "X", kind: "STATION" } }));
    add(
      `injection in username ${injection}`,
      gql(CREATE_USER, { i: { username: injection, displayName: "X", password: "long enough pass", roles: ["ANALYST"] } }),
    );
    add(
      `injection in filter unitCode ${injection}`,
      gql(`query($u: String!) { revenueRecords(filter: { year: 2025, unitCode: $u }) { totalCount } }`, { u: injection }),
    );
    add(`injection in rule reference ${injection}`, gql(FILE_RULE, { i: rule({ reference: injection }) }));
    add(`injection in sign-in ${injection}`, gql(`mutation($u: String!) { signIn(username: $u, password: $u) { username } }`, { u: injection }));
  }

  for (const [label, query, variables] of [
    ["reference", RECORD_REVENUE, { e: [revenue({ reference: HUGE })] }],
    ["unitCode", RECORD_REVENUE, { e: [revenue({ unitCode: HUGE })] }],
    ["unit name", UPSERT_UNIT, { i: { code: "west", name: HUGE, kind: "STATION" } }],
    ["unit region", UPSERT_UNIT, { i: { code: "west", name: "西站", kind: "STATION", region: HUGE } }],
    ["unit head", UPSERT_UNIT, { i: { code: "west", name: "西站", kind: "STATION", headName: HUGE } }],
    ["score comment", SUBMIT_SCORE, { i: score({ comment: HUGE }) }],
    ["score member", SUBMIT_SCORE, { i: score({ member: HUGE }) }],
    ["rule title", FILE_RULE, { i: rule({ title: HUGE }) }],
    ["rule text", FILE_RULE, { i: rule({ text: HUGE }) }],
    ["user display name", CREATE_USER, { i: { username: "longname", displayName: HUGE, password: "long enough pass", roles: ["ANALYST"] } }],
    ["user password", CREATE_USER, { i: { username: "longpass", displayName: "L", password: HUGE, roles: ["ANALYST"] } }],
    ["reopen reason", `mutation($r: String!) { reopenAssessment(year: 2025, reason: $r) { year } }`, { r: HUGE }],
    ["token name", `mutation($n: String!) { createApiToken(name: $n) { secret } }`, { n: HUGE }],
  ] as const) {
    add(`100 KB string in ${label}`, gql(query, variables));
  }

  const deep = `{ units { ${"contract(year: 2025) { unit { ".repeat(10)}code${" } }".repeat(10)} } }`;
  add("query 21 levels deep", gql(deep));
  add("51 aliases", gql(`{ ${Array.from({ length: 51 }, (_, i) => `a${i}: years`).join(" ")} }`));
  add("5,000 tokens", gql(`{ units { ${"code ".repeat(5000)} } }`));
  add(
    "costly fan-out",
    gql(
      `{ ${Array.from({ length: 15 }, (_, i) => `a${i}: assessment(year: 2025) { results { scores { explanation committee { counted { member } } } } }`).join(" ")} }`,
    ),
  );
  add("oversized body (2 MB)", () => post({ query: "{ years }", variables: { padding: "x".repeat(2_000_000) } }));
  add("batched request", () => post([{ query: "{ years }" }, { query: "{ years }" }]));
  add("mutation over GET", async () => {
    const response = await fetch(
      `${server.url}/graphql?query=${encodeURIComponent('mutation { upsertUnit(input: { code: "west", name: "W", kind: STATION }) { code } }')}`,
      {
        headers: { authorization: `Bearer ${token}`, "apollo-require-preflight": "true" },
      },
    );
    return { status: response.status, body: await response.json() };
  });
  add("POST without CSRF-safe content type", () =>
    post(JSON.stringify({ query: 'mutation { upsertUnit(input: { code: "west", name: "W", kind: STATION }) { code } }' }), {
      "content-type": "text/plain",
    }),
  );
  add("GET without CSRF preflight header", async () => {
    const response = await fetch(`${server.url}/graphql?query=${encodeURIComponent("{ years }")}`, { headers: { authorization: `Bearer ${token}` } });
    return { status: response.status, body: await response.text() };
  });
  add("malformed JSON body", () => post("{ query: nope"));
  add("unparsable query", gql("{ units { code "));
  add("unknown field", gql("{ units { password } }"));
  add("date that does not exist", gql(RECORD_REVENUE, { e: [revenue({ date: "2026-02-30" })] }));
  add("date in another format", gql(RECORD_REVENUE, { e: [revenue({ date: "02/03/2026" })] }));
  add("rate out of range", gql(SET_CONTRACT, { i: contract({ overTargetRate: 101 }) }));
  add("rate with 3 decimals", gql(SET_CONTRACT, { i: contract({ overTargetRate: 1.234 }) }));
  add("month out of range", gql(SET_CONTRACT, { i: contract({ repairBudgetFromMonth: 13 }) }));
  add("score out of range", gql(SUBMIT_SCORE, { i: score({ score: 100.01 }) }));
  add("negative score", gql(SUBMIT_SCORE, { i: score({ score: -1 }) }));
  const SHEET = `mutation($s: [SheetScoreInput!]!) { submitScores(year: 2025, scores: $s, member: "committee1") { id } }`;
  add(
    "scoring sheet with one cell out of range",
    gql(SHEET, {
      s: [
        { unitCode: "north", dimension: "SATISFACTION", score: 80 },
        { unitCode: "south", dimension: "COOPERATION", score: 100.5 },
      ],
    }),
  );
  add("scoring sheet with an assessed-by-rule dimension", gql(SHEET, { s: [{ unitCode: "north", dimension: "REVENUE", score: 80 }] }));
  add("opening a year from itself", gql(`mutation { openYear(year: 2025, copyFrom: 2025) { year } }`));
  add(
    "opening a year with a target change of -100 %",
    gql(`mutation { openYear(year: 2027, copyFrom: 2025, revenueTargetChangePct: -100) { year } }`),
  );
  add("opening a year that has contracts", gql(`mutation { openYear(year: 2025, copyFrom: 2024) { year } }`));
  add(
    "roster row dated in another year",
    gql(`mutation($s: [StaffMemberInput!]!) { setUnitStaff(unitCode: "north", year: 2025, staff: $s) { code } }`, {
      s: [{ name: "甲", post: "STAFF", from: "2024-01-01" }],
    }),
  );
  add("rule attachment that was never uploaded", gql(FILE_RULE, { i: rule({ attachmentIds: ["123456"] }) }));
  add("rule attachment id that is not a number", gql(FILE_RULE, { i: rule({ attachmentIds: ["1; drop table rule_files"] }) }));
  add("attachment upload with a renamed text file", async () => {
    const response = await fetch(`${server.url}/api/rule-files?name=rules.pdf`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}` },
      body: "hello",
    });
    return { status: response.status, body: await response.json() };
  });
  add("attachment upload without a name", async () => {
    const response = await fetch(`${server.url}/api/rule-files`, { method: "POST", headers: { authorization: `Bearer ${token}` }, body: "%PDF-1.4" });
    return { status: response.status, body: await response.json() };
  });
  add("duplicated reference in a batch", gql(RECORD_REVENUE, { e: [revenue({}), revenue({ amount: "5.00" })] }));
  add(
    "batch with one bad entry of many",
    gql(RECORD_REVENUE, {
      e: [...Array.from({ length: 99 }, (_, i) => revenue({ reference: `OK-${i}` })), revenue({ reference: "BAD", amount: "-3" })],
    }),
  );
  return list;
}

beforeAll(async () => {
  server = await startTestServer();
  token = await server.userWithRoles("battery-admin", ["ADMIN"]);
  await loadDatasetThroughApi(server, readWorkedExample());
});
afterAll(() => server?.close());

describe("bad-input battery", () => {
  it("refuses every bad input with a clear error and changes no row", async () => {
    const before = await fingerprint(server.knex);
    const list = attempts();
    const accepted: string[] = [];
    const unclear: string[] = [];
    for (const attempt of list) {
      const { status, body } = await attempt.send();
      const errors = typeof body === "object" && body ? body.errors : undefined;
      const refused = status >= 400 || (Array.isArray(errors) && errors.length > 0);
      if (!refused) accepted.push(`${attempt.label}: ${JSON.stringify(body).slice(0, 200)}`);
      const message = Array.isArray(errors) ? errors.map((e: { message: string }) => e.message).join(" | ") : String(body);
      if (!message || /Internal server error/i.test(message) || /select |insert |constraint|at [\w.]+ \(|\/work\//i.test(message)) {
        unclear.push(`${attempt.label} (${status}): ${message.slice(0, 200)}`);
      }
    }
    const after = await fingerprint(server.knex);
    const changed = Object.keys(before).filter((table) => before[table] !== after[table]);
    console.log(`bad-input battery: ${list.length} inputs tried, ${list.length - accepted.length} rejected, tables changed: ${changed.length}`);
    expect(accepted).toEqual([]);
    expect(unclear).toEqual([]);
    expect(changed).toEqual([]);
  });

  it("stores injection strings in free-text fields verbatim, as text", async () => {
    const name = "x'); drop table units; --";
    const response = await server.gql(`mutation($i: UnitInput!) { upsertUnit(input: $i) { name } }`, {
      i: { code: "west", name, kind: "STATION", region: "'; delete from revenue_records; --" },
    });
    expect(response.data.upsertUnit.name).toBe(name);
    expect((await server.knex("units").where({ code: "west" }).first()).region).toBe("'; delete from revenue_records; --");
    expect(Number((await server.knex("revenue_records").count({ n: "*" }).first())!.n)).toBe(780);
  });
});
