import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDatasetThroughApi, readWorkedExample, type WorkedExample } from "../support/load-dataset.ts";
import { ASSESSMENT } from "../support/operations.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

let server: TestServer;
let example: WorkedExample;
let assessment: any;

beforeAll(async () => {
  server = await startTestServer();
  example = readWorkedExample();
  await loadDatasetThroughApi(server, example);
  const response = await server.gql(ASSESSMENT, { year: 2025 });
  expect(response.errors).toBeUndefined();
  assessment = response.data.assessment;
});
afterAll(() => server?.close());

describe("assessment(2025) of the worked example loaded through the API", () => {
  it("is a live preview with the default scheme", () => {
    expect(assessment).toMatchObject({ year: 2025, finalized: false, finalizedAt: null, scheme: { isDefault: true } });
  });

  it("ranks the units exactly as expected", () => {
    expect(assessment.results.map((r: any) => [r.unit.code, r.rank])).toEqual(example.expected.results.map((r) => [r.unitCode, r.rank]));
  });

  it("reproduces every figure of every unit", () => {
    for (const [index, expected] of example.expected.results.entries()) {
      const actual = assessment.results[index];
      const unit = expected.unitCode;
      expect(actual.revenueActual, unit).toBe(expected.revenueActual);
      expect(actual.completionRate, unit).toBe(Number(expected.completionRate));
      expect(actual.repairCost, unit).toBe(expected.repairCost);
      expect(actual.otherCost, unit).toBe(expected.otherCost);
      expect(actual.total.toFixed(2), unit).toBe(expected.total);
      expect(actual.grade, unit).toBe(expected.grade);
      expect(actual.complete, unit).toBe(expected.complete);
      for (const [dimension, score] of Object.entries(expected.scores)) {
        const dimensionScore = actual.scores.find((s: any) => s.dimension === dimension);
        expect(dimensionScore.score.toFixed(2), `${unit} ${dimension}`).toBe(score);
      }
      expect(actual.pay, unit).toEqual(expected.pay);
    }
  });

  it("explains the north station's scores with the worked numbers, in Chinese by default and in English", async () => {
    const north = assessment.results.find((r: any) => r.unit.code === "north");
    const byDimension = Object.fromEntries(north.scores.map((s: any) => [s.dimension, s]));
    expect(byDimension.REVENUE.formula).toContain("min(120, 100 × 3,456,000.00 / 3,200,000.00) = 108.00");
    expect(byDimension.SATISFACTION.committee).toMatchObject({
      trimmed: true,
      dropped: expect.arrayContaining([expect.objectContaining({ score: 93 }), expect.objectContaining({ score: 78 })]),
    });
    expect(byDimension.SATISFACTION.explanation).toMatch(/去掉/);
    expect(byDimension.COOPERATION.formula).toContain("= 50.50");
    expect(north.totalFormula).toContain("= 92.33");

    const english = await server.gql(ASSESSMENT, { year: 2025, language: "EN" });
    const northEn = english.data.assessment.results.find((r: any) => r.unit.code === "north");
    const satisfactionEn = northEn.scores.find((s: any) => s.dimension === "SATISFACTION");
    expect(satisfactionEn.explanation).toMatch(/dropped/i);
    expect(satisfactionEn.explanation).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it("marks the cost dimension of a unit without budget as not applicable", async () => {
    // The worked example's hall and collective group have a repair budget of 0 but a base expense,
    // so their cost dimension applies; a contract with neither makes it not applicable.
    await server.gql(
      `mutation { setContract(input: { unitCode: "hall", year: 2026, revenueTarget: "100.00", staffCount: 1, vehicleCount: 0,
        baseExpense: "0", repairBudget: "0", repairBudgetFromMonth: 1, revenueCommissionRate: 1, overTargetRate: 1,
        underTargetDeductionRate: 1, repairSavingsRewardRate: 1 }) { year } }`,
    );
    const response = await server.gql(ASSESSMENT, { year: 2026 });
    const cost = response.data.assessment.results[0].scores.find((s: any) => s.dimension === "COST");
    expect(cost).toMatchObject({ applicable: false, score: null });
    expect(response.data.assessment.results[0]).toMatchObject({
      complete: false,
      missing: [
        { dimension: "SATISFACTION", have: 0, need: 3 },
        { dimension: "COOPERATION", have: 0, need: 3 },
      ],
    });
  });
});
