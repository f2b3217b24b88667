import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SET_CONTRACT, SET_SCHEME, SUBMIT_SCORE, UPSERT_UNIT } from "../support/operations.ts";
import { startTestServer, tableCounts, type TestServer } from "../support/test-server.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const contract = (overrides: Record<string, unknown> = {}) => ({
  unitCode: "north",
  year: 2025,
  revenueTarget: "3200000.00",
  staffCount: 7,
  vehicleCount: 1,
  baseExpense: "520000.00",
  repairBudget: "180000.00",
  repairBudgetFromMonth: 3,
  revenueCommissionRate: 6,
  overTargetRate: 15,
  underTargetDeductionRate: 10,
  repairSavingsRewardRate: 30,
  ...overrides,
});

describe("units", () => {
  it("creates, renames, retires and lists units", async () => {
    const created = await server.gql(UPSERT_UNIT, {
      input: { code: "north", name: "城北管理站", kind: "STATION", region: "人民西路……以北地区", headName: "张站长" },
    });
    expect(created.data.upsertUnit).toMatchObject({ code: "north", name: "城北管理站", kind: "STATION", retired: false });
    await server.gql(UPSERT_UNIT, { input: { code: "hall", name: "收费大厅", kind: "FEE_HALL" } });
    await server.gql(UPSERT_UNIT, { input: { code: "old", name: "老站", kind: "STATION", retired: true } });
    const renamed = await server.gql(UPSERT_UNIT, { input: { code: "north", name: "城北站", kind: "STATION" } });
    expect(renamed.data.upsertUnit).toMatchObject({ id: created.data.upsertUnit.id, name: "城北站", region: "人民西路……以北地区" });

    const listed = await server.gql(
      `{ active: units { code } all: units(includeRetired: true) { code retired } one: unit(code: "north") { headName } none: unit(code: "zzz") { code } }`,
    );
    expect(listed.data).toEqual({
      active: [{ code: "north" }, { code: "hall" }],
      all: [
        { code: "north", retired: false },
        { code: "hall", retired: false },
        { code: "old", retired: true },
      ],
      one: { headName: "张站长" },
      none: null,
    });
  });

  it("refuses bad codes, empty names and unknown kinds, storing nothing", async () => {
    const before = await tableCounts(server.knex);
    const bad = await server.gql(UPSERT_UNIT, { input: { code: "North Station", name: " ", kind: "STATION" } });
    expect(bad.errors?.[0].extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      invalid: [
        { field: "code", reason: "UNIT_CODE_FORMAT", message: expect.stringContaining("lower-case") },
        { field: "name", reason: "EMPTY", message: "must not be empty" },
      ],
    });
    const badKind = await server.gql(UPSERT_UNIT, { input: { code: "x", name: "X", kind: "SHOP" } });
    expect(badKind.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(await tableCounts(server.knex)).toEqual(before);
  });
});

describe("contracts", () => {
  it("sets a contract, replaces it, and reads it from the year and the unit", async () => {
    const first = await server.gql(SET_CONTRACT, { input: contract() });
    expect(first.errors).toBeUndefined();
    expect(first.data.setContract).toMatchObject({ revenueTarget: "3200000.00", revenueCommissionRate: 6, repairBudgetFromMonth: 3 });
    const second = await server.gql(SET_CONTRACT, { input: contract({ revenueTarget: "3300000.5", revenueCommissionRate: 6.25 }) });
    expect(second.data.setContract).toMatchObject({ revenueTarget: "3300000.50", revenueCommissionRate: 6.25 });
    const read = await server.gql(
      `{ contracts(year: 2025) { unit { code } revenueTarget } unit(code: "north") { contract(year: 2025) { staffCount } other: contract(year: 2024) { staffCount } } }`,
    );
    expect(read.data).toEqual({
      contracts: [{ unit: { code: "north" }, revenueTarget: "3300000.50" }],
      unit: { contract: { staffCount: 7 }, other: null },
    });
  });

  it("names every invalid field and stores nothing", async () => {
    const before = await server.knex("contracts").select("*");
    const response = await server.gql(SET_CONTRACT, {
      input: contract({
        revenueTarget: "0.00",
        baseExpense: "-1.00",
        repairBudgetFromMonth: 13,
        revenueCommissionRate: 100.5,
        overTargetRate: 1.234,
        staffCount: -2,
      }),
    });
    expect(response.errors?.[0].extensions?.invalid.map((e: { field: string }) => e.field)).toEqual([
      "revenueTarget",
      "staffCount",
      "baseExpense",
      "repairBudgetFromMonth",
      "revenueCommissionRate",
      "overTargetRate",
    ]);
    expect(await server.knex("contracts").select("*")).toEqual(before);
    const unknown = await server.gql(SET_CONTRACT, { input: contract({ unitCode: "nowhere" }) });
    expect(unknown.errors?.[0].extensions?.code).toBe("NOT_FOUND");
  });
});

describe("scheme", () => {
  it("returns the defaults until set, then applies partial changes", async () => {
    const initial = await server.gql(`{ scheme(year: 2026) { isDefault revenueCap weights { dimension weight } } }`);
    expect(initial.data.scheme).toEqual({
      isDefault: true,
      revenueCap: 120,
      weights: [
        { dimension: "REVENUE", weight: 40 },
        { dimension: "COST", weight: 20 },
        { dimension: "SATISFACTION", weight: 25 },
        { dimension: "COOPERATION", weight: 15 },
      ],
    });
    await server.gql(SET_SCHEME, { year: 2026, input: { revenueCap: 115 } });
    const second = await server.gql(SET_SCHEME, { year: 2026, input: { weights: [{ dimension: "COST", weight: 30 }] } });
    expect(second.data.setScheme).toMatchObject({ isDefault: false, revenueCap: 115, costCap: 110 });
    expect(second.data.setScheme.weights).toContainEqual({ dimension: "COST", weight: 30 });
  });

  it("refuses an invalid scheme without changing the stored one", async () => {
    const before = await server.knex("schemes").select("*");
    const response = await server.gql(SET_SCHEME, { year: 2026, input: { trimThreshold: 1, gradeThresholds: [{ grade: "PASS", minTotal: 95 }] } });
    expect(response.errors?.[0].extensions?.invalid.map((e: { field: string }) => e.field)).toEqual(["trimThreshold", "gradeThresholds"]);
    expect(await server.knex("schemes").select("*")).toEqual(before);
  });
});

describe("committee scores", () => {
  it("stores one score per member, unit, dimension and year, keeping earlier values in history", async () => {
    const input = { year: 2025, unitCode: "north", dimension: "SATISFACTION", member: "committee1", score: 85, comment: "服务及时" };
    const first = await server.gql(SUBMIT_SCORE, { input });
    expect(first.data.submitScore).toMatchObject({ score: 85, member: { name: "committee1" }, history: [] });
    const revised = await server.gql(SUBMIT_SCORE, { input: { ...input, score: 88.5, comment: "复核后上调" } });
    expect(revised.data.submitScore).toMatchObject({ id: first.data.submitScore.id, score: 88.5, history: [{ score: 85, comment: "服务及时" }] });
    const listed = await server.gql(`{ committeeScores(year: 2025) { member { name } score } committeeMembers { name } }`);
    expect(listed.data).toEqual({ committeeScores: [{ member: { name: "committee1" }, score: 88.5 }], committeeMembers: [{ name: "committee1" }] });
  });

  it("refuses scores out of range and dimensions the committee does not score", async () => {
    const before = await tableCounts(server.knex);
    const response = await server.gql(SUBMIT_SCORE, {
      input: { year: 2025, unitCode: "north", dimension: "REVENUE", member: "committee1", score: 100.5 },
    });
    expect(response.errors?.[0].extensions?.invalid.map((e: { field: string }) => e.field)).toEqual(["dimension", "score"]);
    expect(await tableCounts(server.knex)).toEqual(before);
  });

  it("registers concurrent first scores of the same member once", async () => {
    const results = await Promise.all(
      [70, 71, 72, 73].map((score) =>
        server.gql(SUBMIT_SCORE, { input: { year: 2025, unitCode: "north", dimension: "COOPERATION", member: "committee9", score } }),
      ),
    );
    for (const result of results) expect(result.errors).toBeUndefined();
    const rows = await server.knex("committee_scores as s").join("committee_members as m", "m.id", "s.member_id").where("m.name", "committee9");
    expect(rows).toHaveLength(1);
    const history = await server.knex("committee_score_history").where({ score_id: rows[0].id });
    expect(history).toHaveLength(3);
  });
});

describe("implementation rules", () => {
  it("files rules and lists them by year", async () => {
    const filed = await server.gql(
      `mutation($input: ImplementationRuleInput!) { fileImplementationRule(input: $input) { unit { code } year title filedOn reference } }`,
      {
        input: {
          unitCode: "north",
          year: 2025,
          title: "城北管理站2025年实施细则",
          text: "一、收费……",
          filedOn: "2025-01-20",
          reference: "north-2025-RULES",
        },
      },
    );
    expect(filed.errors).toBeUndefined();
    const listed = await server.gql(`{ implementationRules(year: 2025, unitCode: "north") { title text } }`);
    expect(listed.data.implementationRules).toEqual([{ title: "城北管理站2025年实施细则", text: "一、收费……" }]);
  });
});
