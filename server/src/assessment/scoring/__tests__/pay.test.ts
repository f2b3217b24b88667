import { describe, expect, it } from "vitest";
import { computePay } from "../index.ts";
import { contract } from "./fixtures.ts";

describe("performance pay (§6)", () => {
  it("pays commission, over-target bonus and the savings reward (north)", () => {
    const terms = contract({ revenueTarget: "3200000.00", repairBudget: "180000.00" });
    expect(computePay(terms, "3456000.00", "171000.00")).toEqual({
      commission: "207360.00",
      overTargetBonus: "38400.00",
      underTargetDeduction: "0.00",
      repairSavingsReward: "2700.00",
      repairOverspendCharge: "0.00",
      net: "248460.00",
    });
  });

  it("goes negative on a large shortfall with a repair overspend", () => {
    // 5 % × 600,000 = 30,000; 10 % × 400,000 = 40,000; overspend 2,345 borne in full.
    const terms = contract({ revenueCommissionRate: "5.00" });
    expect(computePay(terms, "600000.00", "102345.00")).toEqual({
      commission: "30000.00",
      overTargetBonus: "0.00",
      underTargetDeduction: "40000.00",
      repairSavingsReward: "0.00",
      repairOverspendCharge: "2345.00",
      net: "-12345.00",
    });
  });

  it("rounds each line half-up to the fen and nets the rounded lines", () => {
    // 100.10 × 5 % = 5.005 → 5.01; shortfall 999,899.90 × 10 % = 99,989.99;
    // saving 0.05 × 30 % = 0.015 → 0.02.
    const pay = computePay(contract({ revenueCommissionRate: "5.00", repairBudget: "0.05" }), "100.10", "0");
    expect(pay.commission).toBe("5.01");
    expect(pay.underTargetDeduction).toBe("99989.99");
    expect(pay.repairSavingsReward).toBe("0.02");
    expect(pay.net).toBe("-99984.96");
  });

  it("exactly on target and on budget pays commission only", () => {
    const pay = computePay(contract(), "1000000.00", "100000.00");
    expect(pay).toMatchObject({
      commission: "60000.00",
      overTargetBonus: "0.00",
      underTargetDeduction: "0.00",
      repairSavingsReward: "0.00",
      repairOverspendCharge: "0.00",
      net: "60000.00",
    });
  });
});
