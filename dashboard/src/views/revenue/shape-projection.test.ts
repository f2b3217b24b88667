import { describe, expect, it } from "vitest";
import { projectionRows, revenueSummary, type ProjectionInput } from "./shape-projection.ts";

const base: ProjectionInput = {
  unit: { code: "north", name: "城北管理站" },
  asOf: "2025-06-30",
  basis: "SEASONAL",
  revenueTarget: "3200000.00",
  revenueToDate: "1728000.00",
  projectedRevenue: "3456000.00",
  completionToDate: 54,
  projectedCompletion: 108,
  expectedShareToDate: 0.5,
  remainingWeeks: 27,
  weeklyAmountNeeded: "54518.52",
};

describe("projectionRows", () => {
  it("converts to 万元 and marks a unit projected over target as on track", () => {
    const [row] = projectionRows([base]);
    expect(row).toMatchObject({
      unitCode: "north",
      toDate: 172.8,
      target: 320,
      projected: 345.6,
      gap: -147.2,
      weeklyNeeded: 5.45,
      outlook: "onTrack",
    });
  });

  it("calls a unit projected short of target at risk", () => {
    expect(projectionRows([{ ...base, projectedRevenue: "3000000.00" }])[0].outlook).toBe("atRisk");
  });

  it("says reached once the target is collected, and missed when the year ended short", () => {
    expect(projectionRows([{ ...base, revenueToDate: "3200000.00" }])[0].outlook).toBe("reached");
    const over = projectionRows([{ ...base, revenueToDate: "3000000.00", remainingWeeks: 0, weeklyAmountNeeded: null }])[0];
    expect(over.outlook).toBe("missed");
    expect(over.weeklyNeeded).toBeNull();
  });
});

describe("revenueSummary", () => {
  const south: ProjectionInput = {
    ...base,
    unit: { code: "south", name: "城南管理站" },
    revenueTarget: "800000.00",
    revenueToDate: "400000.00",
    projectedRevenue: "720000.00",
    weeklyAmountNeeded: "14814.82",
  };

  it("gives one unit's figures", () => {
    expect(revenueSummary([base, south], "north")).toMatchObject({
      toDate: 172.8,
      target: 320,
      completion: 54,
      projected: 345.6,
      projectedCompletion: 108,
      gap: -147.2,
      unitCount: 1,
    });
  });

  it("weighs the department's completion by target instead of averaging percentages", () => {
    // (1,728,000 + 400,000) / (3,200,000 + 800,000) = 53.2 %, not (54 % + 50 %) / 2 = 52 %.
    expect(revenueSummary([base, south], null)).toMatchObject({
      toDate: 212.8,
      target: 400,
      completion: 53.2,
      projectedCompletion: 104.4,
      weeklyNeeded: 6.93,
      unitCount: 2,
    });
  });

  it("has no weekly amount once the year is over, and nothing for an unknown unit", () => {
    expect(revenueSummary([{ ...base, remainingWeeks: 0, weeklyAmountNeeded: null }], null)?.weeklyNeeded).toBeNull();
    expect(revenueSummary([base], "east")).toBeNull();
  });
});
