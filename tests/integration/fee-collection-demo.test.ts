import { loadDemoData } from "@station/db/demo";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/test-server.ts";

/**
 * The demo years' fee collection (db/seeds/fee-collection.ts), loaded into PostgreSQL and read
 * through the API: rates in each unit's range, each unit's own class, arrears consistent with
 * the ARREARS remittances, a dunning log for a few dozen households per unit.
 */
let server: TestServer;
let counts: Record<string, number>;

beforeAll(async () => {
  server = await startTestServer();
  counts = await loadDemoData(server.knex);
});
afterAll(() => server?.close());

const SERIES = `query($year: Int!) { collectionByMonth(year: $year) { unit { code } months { month hasRegister collectionRate } } }`;
const RANGES: Record<string, [number, number]> = { north: [85, 98], south: [85, 98], east: [85, 98], hall: [95, 102], collective: [90, 99] };

describe("the demo data's fee collection", () => {
  it("loads a tariff, a register of every unit and month, arrears households and dunning for each demo year", () => {
    expect(counts).toMatchObject({ fee_tariffs: 9, household_register: 3 * 5 * 12 });
    expect(counts.arrears_households).toBeGreaterThan(1000);
    expect(counts.dunning_actions).toBeGreaterThan(300);
  });

  it.each([2023, 2024, 2025])("%i: every unit's monthly collection rate lies in its range; the year's too", async (year) => {
    const series = (await server.gql(SERIES, { year })).data.collectionByMonth;
    expect(series).toHaveLength(6);
    for (const line of series.filter((s: any) => s.unit)) {
      const [low, high] = RANGES[line.unit.code];
      for (const month of line.months) {
        expect(month.hasRegister, `${line.unit.code} ${month.month}`).toBe(true);
        expect(month.collectionRate, `${line.unit.code} ${month.month}`).toBeGreaterThanOrEqual(low - 0.01);
        expect(month.collectionRate, `${line.unit.code} ${month.month}`).toBeLessThanOrEqual(high + 0.01);
      }
      const figures = (
        await server.gql(`query($year: Int!, $unit: String) { collection(year: $year, unitCode: $unit) { collectionRate arrearsRecoveryRate } }`, {
          year,
          unit: line.unit.code,
        })
      ).data.collection;
      expect(figures.collectionRate).toBeGreaterThanOrEqual(low);
      expect(figures.collectionRate).toBeLessThanOrEqual(high);
      expect(figures.arrearsRecoveryRate).toBeGreaterThanOrEqual(55);
      expect(figures.arrearsRecoveryRate).toBeLessThanOrEqual(76);
    }
  });

  it("gives each unit its own class: stations residential, the hall upgraded, the group collective", async () => {
    const rows = await server
      .knex("household_register as r")
      .join("units as u", "u.id", "r.unit_id")
      .distinct("u.code", "r.household_class")
      .orderBy("u.code");
    expect(rows.map((r) => `${r.code}:${r.household_class}`)).toEqual([
      "collective:COLLECTIVE",
      "east:RESIDENTIAL",
      "hall:UPGRADED",
      "north:RESIDENTIAL",
      "south:RESIDENTIAL",
    ]);
  });

  it("has a dunning log for a few dozen households per unit, households paid in full PAID, some UNCOLLECTABLE with a reason", async () => {
    const dunned = await server
      .knex("dunning_actions as a")
      .join("arrears_households as h", "h.id", "a.household_id")
      .where("a.year", 2025)
      .groupBy("h.unit_id")
      .select("h.unit_id")
      .countDistinct({ n: "h.id" });
    for (const row of dunned) expect(Number(row.n)).toBeGreaterThanOrEqual(20);
    const paid = await server.gql(`{ arrearsHouseholds(year: 2025, status: PAID) { amountOwed amountPaid outstanding dunningCount } }`);
    expect(paid.data.arrearsHouseholds.length).toBeGreaterThan(50);
    for (const h of paid.data.arrearsHouseholds) expect(h).toMatchObject({ outstanding: "0.00", amountPaid: h.amountOwed });
    const given = (await server.gql(`{ arrearsHouseholds(year: 2025, status: UNCOLLECTABLE) { statusReason } }`)).data.arrearsHouseholds;
    expect(given.length).toBeGreaterThan(0);
    for (const h of given) expect(h.statusReason).toBeTruthy();
    const months = (await server.gql(`{ dunningByMonth(year: 2025, unitCode: "north") { month actions amountPaid } }`)).data.dunningByMonth;
    expect(months.length).toBeGreaterThan(6);
  });
});
