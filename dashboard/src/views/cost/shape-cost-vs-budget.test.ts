import { describe, expect, it } from "vitest";
import { MAX_BAR_UNITS, limitUnits } from "../../charts/chart-limits.ts";
import { byBudgetUsed, bySpending, costSummary, costVsBudget } from "./shape-cost-vs-budget.ts";

const unit = (code: string) => ({ code, name: code });
// North 2025 (ASSESSMENT.md §8): budget 180,000 + 520,000; repair 171,000, other 494,000 → s = 0.95.
const northContract = { unit: unit("north"), repairBudget: "180000.00", baseExpense: "520000.00" };
const northSpend = { unit: unit("north"), repairCost: "171000.00", otherCost: "494000.00" };

describe("costVsBudget", () => {
  it("compares the worked example's north station with its budget", () => {
    expect(costVsBudget([northContract], [northSpend])).toEqual([
      {
        unitCode: "north",
        unitName: "north",
        repairBudget: 18,
        baseExpense: 52,
        budget: 70,
        repairCost: 17.1,
        otherCost: 49.4,
        spent: 66.5,
        saving: 3.5,
        repairSaving: 0.9,
        usedPercent: 95,
        notCounted: 0,
      },
    ]);
  });

  it("shows what was recorded but not counted: 8,800.00 before the window and the 12,345.67 warranty exchange", () => {
    const [row] = costVsBudget([northContract], [{ ...northSpend, repairCostBeforeWindow: "8800.00", warrantyExchangeAmount: "12345.67" }]);
    expect(row.notCounted).toBe(2.11);
    expect(row.spent).toBe(66.5);
  });

  it("shows an overspend as a negative saving", () => {
    const [row] = costVsBudget([northContract], [{ ...northSpend, otherCost: "600000.00" }]);
    expect(row.saving).toBe(-7.1);
    expect(row.usedPercent).toBe(110.14);
  });

  it("counts a contract without costs as nothing spent, and a zero budget as not assessed", () => {
    const [row] = costVsBudget([{ unit: unit("hall"), repairBudget: "0", baseExpense: "0.00" }], []);
    expect(row).toMatchObject({ spent: 0, saving: 0, usedPercent: null });
  });

  it("leaves out spending of units without a contract", () => {
    expect(costVsBudget([], [northSpend])).toEqual([]);
  });
});

describe("costSummary", () => {
  const south = { unit: unit("south"), repairBudget: "44.37", baseExpense: "5.63" };

  it("adds the department up exactly, counting only units with a contract", () => {
    const summary = costSummary([northContract, south], [northSpend, { unit: unit("ghost"), repairCost: "999999", otherCost: "0" }], null);
    expect(summary).toEqual({
      repairBudget: 18,
      baseExpense: 52,
      repairCost: 17.1,
      otherCost: 49.4,
      notCounted: 0,
      budget: 70.01,
      spent: 66.5,
      saving: 3.51,
      repairSaving: 0.9,
      usedPercent: 94.99,
      unitCount: 2,
    });
  });

  it("gives one unit's figures, and nothing for a unit without a contract", () => {
    expect(costSummary([northContract, south], [northSpend], "north")).toMatchObject({ budget: 70, saving: 3.5, usedPercent: 95, unitCount: 1 });
    expect(costSummary([northContract], [northSpend], "east")).toBeNull();
  });
});

describe("chart order", () => {
  const contract = (code: string) => ({ unit: unit(code), repairBudget: "100000.00", baseExpense: "400000.00" });
  const spend = (code: string, otherCost: string) => ({ unit: unit(code), repairCost: "0.00", otherCost });

  it("puts the largest spending first for the budget chart and the largest share used first for the saving chart", () => {
    const rows = costVsBudget(
      [contract("a"), contract("b"), contract("c"), { unit: unit("hall"), repairBudget: "0", baseExpense: "0" }],
      [spend("a", "300000.00"), spend("b", "550000.00"), spend("c", "450000.00"), spend("hall", "10000.00")],
    );
    expect(bySpending(rows).map((r) => r.unitCode)).toEqual(["b", "c", "a", "hall"]);
    expect(byBudgetUsed(rows).map((r) => r.unitCode)).toEqual(["b", "c", "a", "hall"]); // no budget: last
  });

  it("draws MAX_BAR_UNITS of 1,000 units and keeps the selected unit", () => {
    const codes = Array.from({ length: 1000 }, (_, i) => `u${i}`);
    const rows = costVsBudget(
      codes.map(contract),
      codes.map((code, i) => spend(code, `${300000 + ((i * 7919) % 1000) * 250}.00`)),
    );
    const bars = limitUnits(bySpending(rows), MAX_BAR_UNITS, (row) => row.unitCode, "u0");
    expect(bars.shown).toHaveLength(MAX_BAR_UNITS);
    expect(bars.total).toBe(1000);
    expect(bars.shown.at(-1)!.unitCode).toBe("u0"); // the smallest spender, picked in the URL
    expect(bars.shown[0].spent).toBeGreaterThanOrEqual(bars.shown[1].spent);
    // Two stacked bars of two segments per unit: 160 rectangles, well under 1,000 points.
    expect(bars.shown.length * 4).toBeLessThanOrEqual(1000);
  });
});
