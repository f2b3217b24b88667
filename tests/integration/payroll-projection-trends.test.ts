import { Decimal } from "decimal.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDatasetThroughApi, readWorkedExample } from "../support/load-dataset.ts";
import { FINALIZE } from "../support/operations.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

let server: TestServer;
const example = readWorkedExample();

beforeAll(async () => {
  server = await startTestServer();
  await loadDatasetThroughApi(server, example);
});
afterAll(() => server?.close());

const PAY = "pay { commission overTargetBonus underTargetDeduction repairSavingsReward repairOverspendCharge net }";

describe("payroll", () => {
  it("for the whole year and for the fourth quarter equals the assessment's pay lines", async () => {
    const response = await server.gql(
      `{ year: payroll(year: 2025) { unit { code } ${PAY} } q4: payroll(year: 2025, quarter: 4) { unit { code } periodEnd ${PAY} } }`,
    );
    expect(response.errors).toBeUndefined();
    for (const expected of example.expected.results) {
      const year = response.data.year.find((l: any) => l.unit.code === expected.unitCode);
      const q4 = response.data.q4.find((l: any) => l.unit.code === expected.unitCode);
      expect(year.pay, expected.unitCode).toEqual(expected.pay);
      expect(q4.pay, expected.unitCode).toEqual(expected.pay);
      expect(q4.periodEnd).toBe("2025-12-31");
    }
  });

  it("settles a quarter on the records up to its end against the prorated contract", async () => {
    const response = await server.gql(
      `{ payroll(year: 2025, quarter: 1) { unit { code } periodStart periodEnd revenueTarget revenueActual repairBudget repairCost ${PAY} } }`,
    );
    const north = response.data.payroll.find((l: any) => l.unit.code === "north");
    const firstQuarterRevenue = example.revenue
      .filter((r) => r.unitCode === "north" && r.date < "2025-04-01")
      .reduce((sum, r) => sum.plus(r.amount), new Decimal(0));
    expect(north).toMatchObject({
      periodStart: "2025-01-01",
      periodEnd: "2025-03-31",
      revenueTarget: "800000.00", // 3,200,000 × 1/4
      revenueActual: firstQuarterRevenue.toFixed(2),
      repairBudget: "18000.00", // 180,000 × 1 of the 10 window months (March)
      repairCost: "17100.00", // the March purchase; February's is before the window
    });
    expect(north.pay.commission).toBe(firstQuarterRevenue.times("0.06").toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2));
    const bad = await server.gql(`{ payroll(year: 2025, quarter: 5) { unit { code } } }`);
    expect(bad.errors?.[0].message).toMatch(/quarter: must be a whole number from 1 to 4/);
  });
});

describe("projection", () => {
  it("at year end projects exactly what was collected", async () => {
    const response = await server.gql(
      `{ revenueProjection(year: 2025, asOf: "2025-12-31") { unit { code } revenueToDate projectedRevenue projectedCompletion remainingWeeks weeklyAmountNeeded } }`,
    );
    const hall = response.data.revenueProjection.find((p: any) => p.unit.code === "hall");
    expect(hall).toMatchObject({
      revenueToDate: "1344000.00",
      projectedRevenue: "1344000.00",
      projectedCompletion: 112,
      remainingWeeks: 0,
      weeklyAmountNeeded: "0.00",
    });
    const collective = response.data.revenueProjection.find((p: any) => p.unit.code === "collective");
    expect(collective.weeklyAmountNeeded).toBeNull(); // the year is over and the target was missed
  });

  it("mid-year without earlier years extrapolates linearly and says what each remaining week needs", async () => {
    const response = await server.gql(
      `{ revenueProjection(year: 2025, asOf: "2025-06-30") { unit { code } revenueTarget revenueToDate projectedRevenue basis expectedShareToDate remainingWeeks weeklyAmountNeeded } }`,
    );
    const north = response.data.revenueProjection.find((p: any) => p.unit.code === "north");
    const toDate = example.revenue.filter((r) => r.unitCode === "north" && r.date <= "2025-06-30").reduce((s, r) => s.plus(r.amount), new Decimal(0));
    expect(north.basis).toBe("LINEAR");
    expect(north.revenueToDate).toBe(toDate.toFixed(2));
    expect(north.expectedShareToDate).toBeCloseTo(181 / 365, 4);
    expect(north.projectedRevenue).toBe(toDate.times(365).div(181).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2));
    expect(north.remainingWeeks).toBe(27); // 184 days left
    expect(north.weeklyAmountNeeded).toBe(new Decimal("3200000").minus(toDate).div(27).toDecimalPlaces(2, Decimal.ROUND_UP).toFixed(2));
  });

  it("uses the unit's monthly pattern of earlier years where they exist", async () => {
    // 2024: the north station collected 30% of its year in January.
    const entries = Array.from({ length: 12 }, (_, m) => ({
      unitCode: "north",
      date: `2024-${String(m + 1).padStart(2, "0")}-15`,
      category: "VIEWING_FEE",
      amount: m === 0 ? "300000.00" : "63636.36",
      reference: `HIST-2024-${m}`,
    }));
    await server.gql(`mutation($entries: [RevenueInput!]!) { recordRevenue(entries: $entries) { inserted } }`, { entries });
    const response = await server.gql(`{ revenueProjection(year: 2025, asOf: "2025-01-31") { unit { code } basis expectedShareToDate } }`);
    const north = response.data.revenueProjection.find((p: any) => p.unit.code === "north");
    expect(north.basis).toBe("SEASONAL");
    expect(north.expectedShareToDate).toBeCloseTo(300000 / (300000 + 11 * 63636.36), 3);
  });
});

describe("trends", () => {
  it("returns each unit's results per year, live for open years and frozen for finalised ones", async () => {
    await server.gql(FINALIZE, { year: 2025 });
    const response = await server.gql(
      `{ trends(fromYear: 2024, toYear: 2025) { year unit { code } finalized total rank grade completionRate scores { dimension score } } }`,
    );
    expect(response.errors).toBeUndefined();
    const points = response.data.trends.filter((p: any) => p.year === 2025);
    expect(points).toHaveLength(5);
    const north = points.find((p: any) => p.unit.code === "north");
    expect(north).toMatchObject({ finalized: true, total: 92.33, rank: 3, grade: "EXCELLENT", completionRate: 108 });
    expect(north.scores).toContainEqual({ dimension: "COOPERATION", score: 50.5 });
    expect(response.data.trends.filter((p: any) => p.year === 2024)).toEqual([]); // no 2024 contracts here
    const bad = await server.gql(`{ trends(fromYear: 2025, toYear: 2020) { year } }`);
    expect(bad.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("simulation", () => {
  it("changes nothing stored and reports each unit's rank change", async () => {
    const before = await server.knex("schemes").select("*");
    const response = await server.gql(`{ simulateAssessment(year: 2025, scheme: { weights: [{ dimension: COOPERATION, weight: 0 }] }) {
      results { unit { code } rank baselineRank rankChange total } } }`);
    expect(response.errors).toBeUndefined();
    const byUnit = Object.fromEntries(response.data.simulateAssessment.results.map((r: any) => [r.unit.code, r]));
    // Without cooperation the north station's 50.50 no longer drags it down.
    expect(byUnit.north.baselineRank).toBe(3);
    expect(byUnit.north.rank).toBeLessThan(3);
    for (const r of response.data.simulateAssessment.results) expect(r.rankChange).toBe(r.baselineRank - r.rank);
    expect(await server.knex("schemes").select("*")).toEqual(before);
  });
});
