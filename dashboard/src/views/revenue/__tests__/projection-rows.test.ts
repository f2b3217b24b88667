import { describe, expect, it } from "vitest";
import { projectionRows, type ProjectionInput } from "../projection-rows.ts";

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
    expect(row).toMatchObject({ unitCode: "north", toDate: 172.8, target: 320, projected: 345.6, weeklyNeeded: 5.451852, outlook: "onTrack" });
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
