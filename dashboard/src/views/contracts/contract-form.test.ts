import { describe, expect, it } from "vitest";
import { formFromContract, inputFromContractForm } from "./contract-form.ts";

const north = {
  revenueTarget: "3200000.00",
  baseExpense: "520000.00",
  repairBudget: "180000.00",
  staffCount: 12,
  vehicleCount: 3,
  repairBudgetFromMonth: 3,
  revenueCommissionRate: 6,
  overTargetRate: 15,
  underTargetDeductionRate: 10,
  repairSavingsRewardRate: 30,
};

describe("contract form", () => {
  it("shows money in 万元 and sends it back as the same exact yuan", () => {
    const form = formFromContract(north);
    expect(form.revenueTarget).toBe("320");
    expect(form.baseExpense).toBe("52");
    const result = inputFromContractForm(2025, "north", form);
    expect(result).toEqual({ ok: true, input: { year: 2025, unitCode: "north", ...north } });
  });

  it("converts 万元 with fen precision without floating point", () => {
    const form = { ...formFromContract(north), revenueTarget: "345.678901" };
    const result = inputFromContractForm(2025, "north", form);
    expect(result.ok && result.input.revenueTarget).toBe("3456789.01");
  });

  it("names every bad field", () => {
    const form = {
      ...formFromContract(north),
      revenueTarget: "0",
      repairBudget: "1.0000001",
      staffCount: "2.5",
      repairBudgetFromMonth: "13",
      overTargetRate: "15.555",
      underTargetDeductionRate: "101",
      baseExpense: "",
    };
    expect(inputFromContractForm(2025, "north", form)).toEqual({
      ok: false,
      errors: {
        revenueTarget: "positive",
        repairBudget: "precision",
        baseExpense: "required",
        staffCount: "integer",
        repairBudgetFromMonth: "range",
        overTargetRate: "precision",
        underTargetDeductionRate: "range",
      },
    });
  });

  it("starts an empty form for a unit without a contract", () => {
    expect(formFromContract(null).repairBudgetFromMonth).toBe("1");
    expect(inputFromContractForm(2025, "west", formFromContract(null)).ok).toBe(false);
  });
});
