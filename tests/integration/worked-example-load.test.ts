import { Decimal } from "decimal.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDatasetThroughApi, readWorkedExample, type WorkedExample } from "../support/load-dataset.ts";
import { YEAR_TOTALS } from "../support/operations.ts";
import { startTestServer, tableCounts, type TestServer } from "../support/test-server.ts";

let server: TestServer;
let example: WorkedExample;

beforeAll(async () => {
  server = await startTestServer();
  example = readWorkedExample();
  await loadDatasetThroughApi(server, example);
});
afterAll(() => server?.close());

describe("the worked example loaded through the API", () => {
  it("stores every record once", async () => {
    const counts = await tableCounts(server.knex);
    expect(counts).toMatchObject({
      units: example.units.length,
      contracts: example.targets.length,
      revenue_records: example.revenue.length,
      cost_records: example.costs.length,
      callbacks: example.callbacks.length,
      complaints: example.complaints.length,
      dispatch_orders: example.dispatches.length,
      committee_scores: example.committeeScores.length,
    });
  });

  it("sums each unit's 2025 revenue to the expected revenueActual, and costs to repairCost and otherCost", async () => {
    const response = await server.gql(YEAR_TOTALS, { year: 2025 });
    expect(response.errors).toBeUndefined();
    const totals = new Map(response.data.yearTotals.map((t: { unit: { code: string } }) => [t.unit.code, t]));
    expect(totals.size).toBe(example.expected.results.length);
    for (const expected of example.expected.results) {
      const actual = totals.get(expected.unitCode) as Record<string, any>;
      expect(actual.revenueActual, expected.unitCode).toBe(expected.revenueActual);
      expect(actual.repairCost, expected.unitCode).toBe(expected.repairCost);
      expect(actual.otherCost, expected.unitCode).toBe(expected.otherCost);
      expect(actual.completionRate, expected.unitCode).toBe(Number(expected.completionRate));
      const categories = new Decimal(actual.viewingFee).plus(actual.inspectionFee).plus(actual.arrears);
      expect(categories.toFixed(2)).toBe(expected.revenueActual);
    }
  });

  it("counts the north station's inputs as the worked example explains them", async () => {
    const response = await server.gql(YEAR_TOTALS, { year: 2025 });
    const north = response.data.yearTotals.find((t: { unit: { code: string } }) => t.unit.code === "north");
    expect(north).toMatchObject({
      revenueActual: "3456000.00",
      repairCost: "171000.00",
      repairCostBeforeWindow: "8800.00",
      warrantyExchangeAmount: "12345.67",
      otherCost: "494000.00",
      callbacksSatisfied: 30,
      callbacksBasicallySatisfied: 5,
      callbacksDissatisfied: 5,
      complaints: 0,
      repeatComplaints: 0,
      dispatchesOnTime: 3,
      dispatchesLate: 0,
      dispatchesRefused: 3,
      satisfactionScoreCount: 5,
      cooperationScoreCount: 5,
    });
  });

  it("adds up the contracts into the 合计 row", async () => {
    const response = await server.gql(`{ contractTotals(year: 2025) { unitCount revenueTarget staffCount vehicleCount baseExpense repairBudget } }`);
    const sum = (field: "revenueTarget" | "baseExpense" | "repairBudget") =>
      example.targets.reduce((acc, t) => acc.plus(t[field]), new Decimal(0)).toFixed(2);
    expect(response.data.contractTotals).toEqual({
      unitCount: 5,
      revenueTarget: sum("revenueTarget"),
      staffCount: example.targets.reduce((acc, t) => acc + t.staffCount, 0),
      vehicleCount: example.targets.reduce((acc, t) => acc + t.vehicleCount, 0),
      baseExpense: sum("baseExpense"),
      repairBudget: sum("repairBudget"),
    });
  });

  it("reports every record as a duplicate when the same year is loaded again", async () => {
    const before = await tableCounts(server.knex);
    const response = await server.gql(`mutation($entries: [RevenueInput!]!) { recordRevenue(entries: $entries) { inserted duplicates } }`, {
      entries: example.revenue.map((r) => ({ ...r, correction: r.amount.startsWith("-") })),
    });
    expect(response.data.recordRevenue.inserted).toBe(0);
    expect(response.data.recordRevenue.duplicates).toHaveLength(example.revenue.length);
    expect(await tableCounts(server.knex)).toEqual(before);
  });
});
