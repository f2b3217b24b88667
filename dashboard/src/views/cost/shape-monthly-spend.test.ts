import { describe, expect, it } from "vitest";
import { budgetPaceThrough, monthlySpendFor, monthlySpendSeries } from "./shape-monthly-spend.ts";

const contract = { repairBudget: "180000.00", baseExpense: "520000.00", repairBudgetFromMonth: 3 };

describe("budgetPaceThrough", () => {
  it("spreads the base expense over the year and the repair budget over its window only", () => {
    expect(budgetPaceThrough(contract, 2).toFixed(2)).toBe("86666.67"); // 2/12 of 520,000, no repair yet
    expect(budgetPaceThrough(contract, 3).toFixed(2)).toBe("148000.00"); // 3/12 × 520,000 + 1/10 × 180,000
    expect(budgetPaceThrough(contract, 12).toFixed(2)).toBe("700000.00");
  });
});

describe("monthlySpendSeries", () => {
  it("stacks repair and running costs per month, with the cumulative total, in 万元", () => {
    const points = monthlySpendSeries([
      { month: 1, repairCost: "0.00", otherCost: "41000.00" },
      { month: 3, repairCost: "17100.00", otherCost: "41000.00" },
    ]);
    expect(points).toHaveLength(12);
    expect(points[0]).toEqual({ month: 1, repairCost: 0, otherCost: 4.1, cumulative: 4.1, budgetPace: null, budget: null });
    expect(points[1]).toMatchObject({ repairCost: 0, otherCost: 0, cumulative: 4.1 });
    expect(points[2]).toMatchObject({ repairCost: 1.71, otherCost: 4.1, cumulative: 9.91 });
    expect(points[11].cumulative).toBe(9.91);
  });

  it("adds the pace of several contracts for the department", () => {
    const points = monthlySpendSeries([], [contract, { ...contract, repairBudgetFromMonth: 1 }]);
    expect(points[11].budgetPace).toBe(140);
    expect(points[0].budget).toBe(140);
    expect(points[0].budgetPace).toBe(10.17); // 2 × 520,000 / 12 + 180,000 / 12
  });
});

describe("monthlySpendFor", () => {
  const rows = [
    { month: 5, repairCost: "10000.00", otherCost: "30000.00", unit: { code: "north" } },
    { month: 5, repairCost: "0.00", otherCost: "20000.00", unit: { code: "hall" } },
  ];
  const contracts = [
    { ...contract, unit: { code: "north" } },
    { repairBudget: "0.00", baseExpense: "240000.00", repairBudgetFromMonth: 1, unit: { code: "hall" } },
  ];

  it("keeps one unit's months and budget", () => {
    const points = monthlySpendFor(rows, contracts, "north");
    expect(points[4]).toMatchObject({ repairCost: 1, otherCost: 3, cumulative: 4, budget: 70 });
  });

  it("adds every unit for the department", () => {
    const points = monthlySpendFor(rows, contracts, null);
    expect(points[4]).toMatchObject({ repairCost: 1, otherCost: 5, cumulative: 6, budget: 94 });
  });
});
