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

describe("monthly totals", () => {
  it("sum per unit and month to the year's totals, counting repair material as the assessment does", async () => {
    const response = await server.gql(
      `{ monthlyTotals(year: 2025, unitCode: "north") { month revenue viewingFee repairCost otherCost callbacksSatisfied dispatchesRefused } }`,
    );
    expect(response.errors).toBeUndefined();
    const months = response.data.monthlyTotals;
    expect(months.map((m: { month: number }) => m.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    const sum = (field: string) => months.reduce((s: Decimal, m: Record<string, string>) => s.plus(m[field]), new Decimal(0)).toFixed(2);
    expect(sum("revenue")).toBe("3456000.00");
    expect(sum("repairCost")).toBe("171000.00");
    expect(sum("otherCost")).toBe("494000.00");
    expect(months.find((m: { month: number }) => m.month === 2).repairCost).toBe("0.00"); // before the window
    expect(months.reduce((s: number, m: { callbacksSatisfied: number }) => s + m.callbacksSatisfied, 0)).toBe(30);
    expect(months.reduce((s: number, m: { dispatchesRefused: number }) => s + m.dispatchesRefused, 0)).toBe(3);
  });
});
