import { Decimal } from "decimal.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDatasetThroughApi, readWorkedExample, type WorkedExample } from "../support/load-dataset.ts";
import { startTestServer, tableCounts, type TestServer } from "../support/test-server.ts";

/** The §9 API over real HTTP and PostgreSQL: tariff, register batches, collection figures and series. */

const SET_TARIFF = `mutation($year: Int!, $r: Money!, $u: Money!, $c: Money!) {
  setTariff(year: $year, residential: $r, upgraded: $u, collective: $c) { year isSet residential upgraded collective } }`;
const RECORD_HOUSEHOLDS = `mutation($entries: [HouseholdsInput!]!) { recordHouseholds(entries: $entries) { inserted duplicates } }`;
const COLLECTION = `query($year: Int!, $unitCode: String, $month: Int, $quarter: Int) {
  collection(year: $year, unitCode: $unitCode, month: $month, quarter: $quarter) {
    unit { code } year month quarter unitCount monthsWithRegister receivable collected collectionRate openingArrears arrearsRecovered arrearsRecoveryRate } }`;
const SERIES = `query($year: Int!, $unitCode: String) {
  collectionByMonth(year: $year, unitCode: $unitCode) { unit { code } months { month hasRegister receivable collected collectionRate } } }`;

let server: TestServer;
let example: WorkedExample;

/** The worked example's remittances of a category for a unit (or every unit) in some months of 2025, summed exactly. */
function remitted(category: string, unitCode: string | null, months: number[]): Decimal {
  return example.revenue
    .filter(
      (r: any) =>
        (unitCode === null || r.unitCode === unitCode) &&
        r.category === category &&
        months.includes(Number(r.date.slice(5, 7))) &&
        r.date.startsWith("2025-"),
    )
    .reduce((sum: Decimal, r: any) => sum.plus(r.amount), new Decimal(0));
}
const percent = (collected: Decimal, receivable: Decimal) =>
  Number(collected.times(100).div(receivable).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2));

beforeAll(async () => {
  server = await startTestServer();
  example = readWorkedExample();
  await loadDatasetThroughApi(server, example);
});
afterAll(() => server?.close());

describe("tariff", () => {
  it("is 0.00 and not set until the committee sets it; setTariff stores it and is audited", async () => {
    expect((await server.gql("{ tariff(year: 2025) { isSet residential } }")).data.tariff).toEqual({ isSet: false, residential: "0.00" });
    const set = await server.gql(SET_TARIFF, { year: 2025, r: "25", u: "30.00", c: "18.00" });
    expect(set.errors).toBeUndefined();
    expect(set.data.setTariff).toEqual({ year: 2025, isSet: true, residential: "25.00", upgraded: "30.00", collective: "18.00" });
    const audit = await server.gql(`{ auditLog(action: "setTariff") { year outcome details } }`);
    expect(audit.data.auditLog[0]).toMatchObject({ year: 2025, outcome: "OK" });
    expect(JSON.parse(audit.data.auditLog[0].details).changes[0].tariff.after.residential).toBe("25.00");
  });

  it("refuses a negative fee naming the field, storing nothing", async () => {
    const response = await server.gql(SET_TARIFF, { year: 2025, r: "25.00", u: "-1.00", c: "18.00" });
    expect(response.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(response.errors?.[0].extensions?.invalid).toEqual([expect.objectContaining({ field: "upgraded", reason: "NOT_NEGATIVE" })]);
    expect((await server.gql("{ tariff(year: 2025) { upgraded } }")).data.tariff.upgraded).toBe("30.00");
  });
});

describe("household register and collection (§9)", () => {
  it("refuses a batch with bad entries all or nothing, naming index, field and reason", async () => {
    const before = await tableCounts(server.knex);
    const response = await server.gql(RECORD_HOUSEHOLDS, {
      entries: [
        { unitCode: "north", month: "2025-03", residential: 1200, upgraded: 150 },
        { unitCode: "nowhere", month: "2025-13", residential: -5 },
        { unitCode: "north", month: "2025-03", residential: 1 },
      ],
    });
    expect(response.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const invalid = ((response.errors?.[0].extensions?.invalid ?? []) as any[]).map((e) => `${e.index}/${e.field}/${e.reason}`);
    expect(invalid).toEqual(
      expect.arrayContaining(["1/unitCode/UNKNOWN_UNIT", "1/month/MONTH_FORMAT", "1/residential/WHOLE_NUMBER_RANGE", "2/month/GIVEN_TWICE"]),
    );
    expect(await tableCounts(server.knex)).toEqual(before);
  });

  it("north, March 2025: 1,200 × 25.00 + 150 × 30.00 = 34,500.00 receivable against March's viewing fees", async () => {
    const stored = await server.gql(RECORD_HOUSEHOLDS, { entries: [{ unitCode: "north", month: "2025-03", residential: 1200, upgraded: 150 }] });
    expect(stored.data.recordHouseholds).toEqual({ inserted: 1, duplicates: [] });
    const again = await server.gql(RECORD_HOUSEHOLDS, {
      entries: [{ unitCode: "north", month: "2025-03", residential: 1200, upgraded: 150, collective: 0 }],
    });
    expect(again.data.recordHouseholds).toEqual({ inserted: 0, duplicates: ["north/2025-03"] });

    const march = (await server.gql(COLLECTION, { year: 2025, unitCode: "north", month: 3 })).data.collection;
    const collected = remitted("VIEWING_FEE", "north", [3]);
    expect(march).toMatchObject({
      unit: { code: "north" },
      month: 3,
      unitCount: 1,
      monthsWithRegister: 1,
      receivable: "34500.00",
      collected: collected.toFixed(2),
    });
    expect(march.collectionRate).toBe(percent(collected, new Decimal("34500")));
    // The first quarter and the year count March only: the months without a register entry stay out.
    for (const period of [{ quarter: 1 }, {}]) {
      const figures = (await server.gql(COLLECTION, { year: 2025, unitCode: "north", ...period })).data.collection;
      expect(figures).toMatchObject({ receivable: "34500.00", collected: collected.toFixed(2), collectionRate: march.collectionRate });
    }
  });

  it("a month without a register entry is not applicable", async () => {
    const january = (await server.gql(COLLECTION, { year: 2025, unitCode: "north", month: 1 })).data.collection;
    expect(january).toMatchObject({ monthsWithRegister: 0, receivable: "0.00", collected: "0.00", collectionRate: null });
    const secondQuarter = (await server.gql(COLLECTION, { year: 2025, unitCode: "north", quarter: 2 })).data.collection;
    expect(secondQuarter.collectionRate).toBeNull();
  });

  it("a receivable of 0 is not applicable; fees paid in advance exceed 100 %", async () => {
    await server.gql(RECORD_HOUSEHOLDS, {
      entries: [
        { unitCode: "hall", month: "2025-04", upgraded: 10 },
        { unitCode: "collective", month: "2025-04" },
      ],
    });
    const hall = (await server.gql(COLLECTION, { year: 2025, unitCode: "hall", month: 4 })).data.collection;
    const hallCollected = remitted("VIEWING_FEE", "hall", [4]);
    expect(hall.receivable).toBe("300.00");
    expect(hall.collected).toBe(hallCollected.toFixed(2));
    expect(hall.collectionRate).toBe(percent(hallCollected, new Decimal(300)));
    expect(hall.collectionRate).toBeGreaterThan(100);
    const group = (await server.gql(COLLECTION, { year: 2025, unitCode: "collective", month: 4 })).data.collection;
    expect(group).toMatchObject({ monthsWithRegister: 1, receivable: "0.00", collectionRate: null });
  });

  it("the department sums every unit's register months in SQL", async () => {
    const department = (await server.gql(COLLECTION, { year: 2025 })).data.collection;
    const collected = remitted("VIEWING_FEE", "north", [3])
      .plus(remitted("VIEWING_FEE", "hall", [4]))
      .plus(remitted("VIEWING_FEE", "collective", [4]));
    expect(department).toMatchObject({ unit: null, unitCount: 3, monthsWithRegister: 2, receivable: "34800.00", collected: collected.toFixed(2) });
    expect(department.collectionRate).toBe(percent(collected, new Decimal(34800)));
    expect(department.arrearsRecovered).toBe(remitted("ARREARS", null, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]).toFixed(2));
    expect(department).toMatchObject({ openingArrears: "0.00", arrearsRecoveryRate: null });
  });

  it("refuses a month and a quarter together, and a month out of range", async () => {
    const both = await server.gql(COLLECTION, { year: 2025, month: 3, quarter: 1 });
    expect(both.errors?.[0].extensions?.invalid).toEqual([expect.objectContaining({ field: "quarter", reason: "MONTH_AND_QUARTER" })]);
    const month = await server.gql(COLLECTION, { year: 2025, month: 13 });
    expect(month.errors?.[0].extensions?.invalid).toEqual([expect.objectContaining({ field: "month", reason: "WHOLE_NUMBER_RANGE" })]);
  });

  it("collectionByMonth gives each unit's 12 months and the department's line", async () => {
    const series = (await server.gql(SERIES, { year: 2025 })).data.collectionByMonth;
    const codes = series.map((s: any) => s.unit?.code ?? null);
    expect(codes).toEqual(expect.arrayContaining(["north", "hall", "collective", null]));
    for (const line of series) expect(line.months.map((m: any) => m.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    const north = series.find((s: any) => s.unit?.code === "north");
    expect(north.months[2]).toMatchObject({ hasRegister: true, receivable: "34500.00" });
    expect(north.months[0]).toMatchObject({ hasRegister: false, receivable: "0.00", collected: "0.00", collectionRate: null });
    const department = series.find((s: any) => s.unit === null);
    expect(department.months[3]).toMatchObject({ hasRegister: true, receivable: "300.00" });
    const one = (await server.gql(SERIES, { year: 2025, unitCode: "north" })).data.collectionByMonth;
    expect(one.map((s: any) => s.unit.code)).toEqual(["north"]);
  });

  it("collectionByUnit gives each unit's figures in one statement, which add up to the department's", async () => {
    const BY_UNIT = `query ($year: Int!, $month: Int, $quarter: Int) { collectionByUnit(year: $year, month: $month, quarter: $quarter) {
      unit { code } receivable collected collectionRate monthsWithRegister openingArrears arrearsRecovered } }`;
    const rows = (await server.gql(BY_UNIT, { year: 2025 })).data.collectionByUnit;
    const north = rows.find((r: any) => r.unit.code === "north");
    const alone = (await server.gql(COLLECTION, { year: 2025, unitCode: "north" })).data.collection;
    expect(north).toMatchObject({
      receivable: alone.receivable,
      collected: alone.collected,
      collectionRate: alone.collectionRate,
      monthsWithRegister: alone.monthsWithRegister,
      arrearsRecovered: alone.arrearsRecovered,
    });
    const department = (await server.gql(COLLECTION, { year: 2025 })).data.collection;
    const sum = (field: string) => rows.reduce((total: Decimal, r: any) => total.plus(r[field]), new Decimal(0)).toFixed(2);
    expect(sum("receivable")).toBe(department.receivable);
    expect(sum("collected")).toBe(department.collected);
    expect(sum("arrearsRecovered")).toBe(department.arrearsRecovered);
    const march = (await server.gql(BY_UNIT, { year: 2025, month: 3 })).data.collectionByUnit;
    expect(march.find((r: any) => r.unit.code === "north")).toMatchObject({ receivable: "34500.00", monthsWithRegister: 1 });
    const head = await server.userWithRoles("fees-head-rows", ["STATION_HEAD"], { unitCode: "north" });
    const own = (await server.gqlAs(head, BY_UNIT, { year: 2025 })).data.collectionByUnit;
    expect(own.map((r: any) => r.unit.code)).toEqual(["north"]);
  });

  it("a station head reads their own unit of an open year; the department figure is theirs alone", async () => {
    const head = await server.userWithRoles("fees-head", ["STATION_HEAD"], { unitCode: "north" });
    const other = await server.gqlAs(head, COLLECTION, { year: 2025, unitCode: "hall" });
    expect(other.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const own = (await server.gqlAs(head, COLLECTION, { year: 2025 })).data.collection;
    expect(own).toMatchObject({ unitCount: 1, receivable: "34500.00" });
    const series = (await server.gqlAs(head, SERIES, { year: 2025 })).data.collectionByMonth;
    expect(series.map((s: any) => s.unit?.code ?? null)).toEqual(["north", null]);
  });

  it("a station head cannot record the register", async () => {
    const head = await server.userWithRoles("fees-head-2", ["STATION_HEAD"], { unitCode: "north" });
    const response = await server.gqlAs(head, RECORD_HOUSEHOLDS, { entries: [{ unitCode: "north", month: "2025-05", residential: 1 }] });
    expect(response.errors?.[0].extensions?.code).toBe("FORBIDDEN");
  });

  it("openYear copies the tariff to the new year", async () => {
    const opened = await server.gql("mutation { openYear(year: 2026, copyFrom: 2025) { year } }");
    expect(opened.errors).toBeUndefined();
    expect((await server.gql("{ tariff(year: 2026) { isSet residential upgraded collective } }")).data.tariff).toEqual({
      isSet: true,
      residential: "25.00",
      upgraded: "30.00",
      collective: "18.00",
    });
  });
});
