import { describe, expect, it } from "vitest";
import { radarDomainMax, shapeRadar, shapeTotalsBreakdown, type ResultLike } from "./shape-assessment.ts";

// The worked example's north station (ASSESSMENT.md §8).
const north: ResultLike = {
  total: 92.33,
  unit: { code: "north", name: "城北管理站" },
  scores: [
    { dimension: "REVENUE", score: 108, weight: 40, applicable: true },
    { dimension: "COST", score: 102.5, weight: 20, applicable: true },
    { dimension: "SATISFACTION", score: 84.22, weight: 25, applicable: true },
    { dimension: "COOPERATION", score: 50.5, weight: 15, applicable: true },
  ],
};

const noBudget: ResultLike = {
  total: 90,
  unit: { code: "hall", name: "收费大厅" },
  scores: [
    { dimension: "REVENUE", score: 100, weight: 40, applicable: true },
    { dimension: "COST", score: null, weight: 20, applicable: false },
    { dimension: "SATISFACTION", score: 80, weight: 25, applicable: true },
    { dimension: "COOPERATION", score: 80, weight: 15, applicable: true },
  ],
};

describe("totals breakdown", () => {
  it("splits the total into weighted contributions that add up to it", () => {
    const [row] = shapeTotalsBreakdown([north]);
    expect(row).toMatchObject({ code: "north", REVENUE: 43.2, COST: 20.5, SATISFACTION: 21.06, COOPERATION: 7.58 });
    expect(row.REVENUE + row.COST + row.SATISFACTION + row.COOPERATION).toBeCloseTo(92.33, 1);
  });

  it("renormalises over the applicable dimensions", () => {
    const [row] = shapeTotalsBreakdown([noBudget]);
    expect(row.COST).toBe(0);
    expect(row.REVENUE).toBe(50); // 40 × 100 / 80
    expect(row.REVENUE + row.SATISFACTION + row.COOPERATION).toBeCloseTo(90, 5);
  });

  it("names bars through the given lookup", () => {
    expect(shapeTotalsBreakdown([north], () => "North station")[0].name).toBe("North station");
  });
});

describe("radar", () => {
  it("has one spoke per dimension with each unit's score", () => {
    const rows = shapeRadar([north, noBudget]);
    expect(rows.map((r) => r.dimension)).toEqual(["REVENUE", "COST", "SATISFACTION", "COOPERATION"]);
    expect(rows[0]).toEqual({ dimension: "REVENUE", north: 108, hall: 100 });
    expect(rows[1]).toEqual({ dimension: "COST", north: 102.5, hall: null });
  });

  it("widens the scale past 100 for capped bonus scores", () => {
    expect(radarDomainMax([north])).toBe(110);
    expect(radarDomainMax([])).toBe(100);
  });
});
