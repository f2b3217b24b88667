import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDatasetThroughApi, readWorkedExample } from "../support/load-dataset.ts";
import { FINALIZE, REOPEN, SET_SCHEME } from "../support/operations.ts";
import { startTestServer, tableCounts, type TestServer } from "../support/test-server.ts";

/**
 * A year's organisation and the next year: rosters and vehicles per unit and year compared with
 * the contracts, and openYear copying contracts (targets scaled to whole yuan), scheme, committee
 * and rosters for every unit not retired, all or nothing.
 */
let server: TestServer;
let committee: string;

const OPEN = `mutation($year: Int!, $from: Int!, $pct: Float, $contracts: [ContractInput!]) {
  openYear(year: $year, copyFrom: $from, revenueTargetChangePct: $pct, contracts: $contracts) { unit { code } year revenueTarget staffCount baseExpense }
}`;
const PREVIEW = `query($year: Int!, $from: Int!, $pct: Float) {
  openYearPreview(year: $year, copyFrom: $from, revenueTargetChangePct: $pct) { unit { code } year revenueTarget }
}`;
const STAFF = `mutation($unit: String!, $year: Int!, $staff: [StaffMemberInput!]!) {
  setUnitStaff(unitCode: $unit, year: $year, staff: $staff) { code staff(year: $year) { name post from to username } }
}`;
const VEHICLES = `mutation($unit: String!, $year: Int!, $vehicles: [VehicleInput!]!) {
  setUnitVehicles(unitCode: $unit, year: $year, vehicles: $vehicles) { code vehicles(year: $year) { plate kind from to } }
}`;
const ROSTER_COUNTS = `query($year: Int!) { contracts(year: $year) { unit { code } staffCount staffOnRoster vehicleCount vehiclesOnRoster } }`;

const northStaff = [
  { name: "周志刚", post: "HEAD" },
  { name: "李明", post: "DEPUTY_HEAD" },
  { name: "王海涛", post: "STAFF", username: "roster-committee" },
  { name: "钱进", post: "TEMPORARY", to: "2025-06-30" },
];

beforeAll(async () => {
  server = await startTestServer();
  await loadDatasetThroughApi(server, readWorkedExample());
  committee = await server.userWithRoles("roster-committee", ["COMMITTEE"], { memberName: "committee1" });
});
afterAll(() => server?.close());

describe("a unit's roster and vehicles", () => {
  it("replaces the roster of a year and counts who is in post at its end against the contract", async () => {
    const saved = await server.gqlAs(committee, STAFF, { unit: "north", year: 2025, staff: northStaff });
    expect(saved.errors).toBeUndefined();
    expect(saved.data.setUnitStaff.staff).toEqual(
      [
        { name: "周志刚", post: "HEAD", from: null, to: null, username: null },
        { name: "李明", post: "DEPUTY_HEAD", from: null, to: null, username: null },
        { name: "王海涛", post: "STAFF", from: null, to: null, username: "roster-committee" },
        { name: "钱进", post: "TEMPORARY", from: null, to: "2025-06-30" },
      ].map((row) => ({ username: null, ...row })),
    );
    const vehicles = await server.gqlAs(committee, VEHICLES, { unit: "north", year: 2025, vehicles: [{ plate: "湘L·A6231", kind: "工程车" }] });
    expect(vehicles.data.setUnitVehicles.vehicles).toEqual([{ plate: "湘L·A6231", kind: "工程车", from: null, to: null }]);
    const counts = await server.gql(ROSTER_COUNTS, { year: 2025 });
    // The worked example's north contract says 7 people and 1 vehicle; 3 are in post on 31 December.
    expect(counts.data.contracts.find((c: { unit: { code: string } }) => c.unit.code === "north")).toEqual({
      unit: { code: "north" },
      staffCount: 7,
      staffOnRoster: 3,
      vehicleCount: 1,
      vehiclesOnRoster: 1,
    });
  });

  it("refuses rows dated outside the year, a plate given twice and unknown users, naming each row; stores nothing", async () => {
    const before = await server.knex("unit_staff").count({ n: "*" });
    const bad = await server.gqlAs(committee, STAFF, {
      unit: "north",
      year: 2025,
      staff: [
        { name: "甲", post: "STAFF", from: "2024-12-01" },
        { name: "乙", post: "STAFF", from: "2025-05-01", to: "2025-04-01" },
        { name: "丙", post: "STAFF", username: "nobody-here" },
        { name: "", post: "STAFF" },
      ],
    });
    expect(bad.errors?.[0].extensions?.invalid.map((e: { row: number; field: string; reason: string }) => [e.row, e.field, e.reason])).toEqual([
      [4, "name", "EMPTY"],
      [1, "from", "DATE_OUTSIDE_YEAR"],
      [2, "to", "NOT_BEFORE_FROM"],
      [3, "username", "UNKNOWN_USER"],
    ]);
    expect(await server.knex("unit_staff").count({ n: "*" })).toEqual(before);
    const twice = await server.gqlAs(committee, VEHICLES, {
      unit: "north",
      year: 2025,
      vehicles: [
        { plate: "湘L·A1", kind: "工程车" },
        { plate: "湘l·a1", kind: "面包车" },
      ],
    });
    expect(twice.errors?.[0].extensions?.invalid).toEqual([expect.objectContaining({ row: 2, field: "plate", reason: "GIVEN_TWICE" })]);
  });

  it("is kept by administrators and the committee only", async () => {
    const clerk = await server.userWithRoles("roster-clerk", ["CLERK"]);
    const head = await server.userWithRoles("roster-head", ["STATION_HEAD"], { unitCode: "north" });
    for (const token of [clerk, head]) {
      expect((await server.gqlAs(token, STAFF, { unit: "north", year: 2025, staff: [] })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    }
    // A station head reads their own roster, not another unit's, in an open year.
    const read = await server.gqlAs(
      head,
      `{ north: unit(code: "north") { staff(year: 2025) { name } } south: unit(code: "south") { staff(year: 2025) { name } } }`,
    );
    expect(read.data.north.staff).toHaveLength(4);
    expect(read.data.south.staff).toEqual([]);
  });
});

describe("opening a year", () => {
  beforeAll(async () => {
    expect((await server.gql(SET_SCHEME, { year: 2025, input: { minRaters: 4 } })).errors).toBeUndefined();
    expect((await server.gql(`mutation { retireUnit(code: "collective", from: "2026-01-01") { code } }`)).errors).toBeUndefined();
  });

  it("previews the contracts without storing anything", async () => {
    const counts = await tableCounts(server.knex);
    const preview = await server.gqlAs(committee, PREVIEW, { year: 2026, from: 2025, pct: 5 });
    expect(preview.errors).toBeUndefined();
    expect(preview.data.openYearPreview.map((c: { unit: { code: string } }) => c.unit.code)).toEqual(["north", "south", "east", "hall"]);
    expect(await tableCounts(server.knex)).toEqual(counts);
  });

  it("copies contracts (+5 %, whole yuan), scheme, committee and rosters for every unit not retired, in one step", async () => {
    const opened = await server.gqlAs(committee, OPEN, {
      year: 2026,
      from: 2025,
      pct: 5.25,
      contracts: [
        {
          unitCode: "hall",
          year: 2026,
          revenueTarget: "1300000.00",
          staffCount: 5,
          vehicleCount: 0,
          baseExpense: "200000.00",
          repairBudget: "0.00",
          repairBudgetFromMonth: 1,
          revenueCommissionRate: 5,
          overTargetRate: 10,
          underTargetDeductionRate: 10,
          repairSavingsRewardRate: 0,
        },
      ],
    });
    expect(opened.errors).toBeUndefined();
    // 3,200,000 × 1.0525 = 3,368,000; 2,800,000 × 1.0525 = 2,947,000; 2,500,000 × 1.0525 = 2,631,250.
    expect(opened.data.openYear).toEqual([
      { unit: { code: "north" }, year: 2026, revenueTarget: "3368000.00", staffCount: 7, baseExpense: "520000.00" },
      { unit: { code: "south" }, year: 2026, revenueTarget: "2947000.00", staffCount: 6, baseExpense: "470000.00" },
      { unit: { code: "east" }, year: 2026, revenueTarget: "2631250.00", staffCount: 6, baseExpense: expect.any(String) },
      { unit: { code: "hall" }, year: 2026, revenueTarget: "1300000.00", staffCount: 5, baseExpense: "200000.00" },
    ]);
    const copied = await server.gql(`{ scheme(year: 2026) { isDefault minRaters } committeeMembers(year: 2026) { name }
      unit(code: "north") { staff(year: 2026) { name to } } years }`);
    expect(copied.data.scheme).toEqual({ isDefault: false, minRaters: 4 });
    const members2025 = await server.gql(`{ committeeMembers(year: 2025) { name } }`);
    expect(copied.data.committeeMembers).toEqual(members2025.data.committeeMembers);
    expect(copied.data.committeeMembers.length).toBe(5);
    // Who left during 2025 does not carry over.
    expect(copied.data.unit.staff.map((s: { name: string }) => s.name)).toEqual(["周志刚", "李明", "王海涛"]);
    expect(copied.data.years[0]).toBe(2026);
  });

  it("rounds a scaled target half-up to whole yuan", async () => {
    const preview = await server.gqlAs(committee, PREVIEW, { year: 2027, from: 2026, pct: 0.01 });
    // 2,631,250 × 1.0001 = 2,631,513.125 → 2,631,513
    expect(preview.data.openYearPreview.find((c: { unit: { code: string } }) => c.unit.code === "east").revenueTarget).toBe("2631513.00");
    const half = await server.gqlAs(committee, PREVIEW, { year: 2027, from: 2026, pct: 0.02 });
    // 2,631,250 × 1.0002 = 2,631,776.25 → 2,631,776 and 3,368,000 × 1.0002 = 3,368,673.6 → 3,368,674
    expect(half.data.openYearPreview.slice(0, 3).map((c: { revenueTarget: string }) => c.revenueTarget)).toEqual([
      "3368674.00",
      "2947589.00",
      "2631776.00",
    ]);
  });

  it("refuses a year that already has contracts, storing nothing", async () => {
    const counts = await tableCounts(server.knex);
    const again = await server.gqlAs(committee, OPEN, { year: 2026, from: 2025, pct: 5 });
    expect(again.errors?.[0].extensions?.code).toBe("CONFLICT");
    expect(again.errors?.[0].message).toBe("2026 already has contracts: change them on the contracts page");
    expect(await tableCounts(server.knex)).toEqual(counts);
  });

  it("refuses a finalised year, a year copied from itself or from a year without contracts, and the wrong roles", async () => {
    expect((await server.gql(SET_SCHEME, { year: 2025, input: { minRaters: 3 } })).errors).toBeUndefined();
    expect((await server.gql(FINALIZE, { year: 2025 })).errors).toBeUndefined();
    const finalized = await server.gqlAs(committee, OPEN, { year: 2025, from: 2024, pct: 0 });
    expect(finalized.errors?.[0].extensions?.code).toBe("YEAR_FINALIZED");
    await server.gql(REOPEN, { year: 2025, reason: "opening test: reopen after the refusal" });
    const itself = await server.gqlAs(committee, OPEN, { year: 2030, from: 2030, pct: 0 });
    expect(itself.errors?.[0].extensions?.invalid).toEqual([expect.objectContaining({ field: "copyFrom", reason: "MUST_DIFFER" })]);
    const empty = await server.gqlAs(committee, OPEN, { year: 2031, from: 2019, pct: 0 });
    expect(empty.errors?.[0].extensions?.code).toBe("NOT_FOUND");
    const tooMuch = await server.gqlAs(committee, OPEN, { year: 2031, from: 2026, pct: -95 });
    expect(tooMuch.errors?.[0].extensions?.invalid).toEqual([expect.objectContaining({ field: "revenueTargetChangePct", reason: "NUMBER_RANGE" })]);
    const clerk = await server.userWithRoles("opening-clerk", ["CLERK"]);
    expect((await server.gqlAs(clerk, OPEN, { year: 2031, from: 2026, pct: 0 })).errors?.[0].extensions?.code).toBe("FORBIDDEN");
    expect(await server.knex("contracts").where({ year: 2031 }).count({ n: "*" })).toEqual([{ n: 0 }]);
  });
});
