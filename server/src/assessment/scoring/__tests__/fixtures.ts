import type { UnitContractTerms, UnitInputs } from "../index.ts";

export const contract = (overrides: Partial<UnitContractTerms> = {}): UnitContractTerms => ({
  revenueTarget: "1000000.00",
  baseExpense: "400000.00",
  repairBudget: "100000.00",
  repairBudgetFromMonth: 1,
  revenueCommissionRate: "6.00",
  overTargetRate: "15.00",
  underTargetDeductionRate: "10.00",
  repairSavingsRewardRate: "30.00",
  ...overrides,
});

export const raters = (...scores: string[]) => scores.map((score, i) => ({ member: `m${i + 1}`, score }));

/**
 * A unit that scores REVENUE 100.00 (on target), COST 100.00 (s = 1), SATISFACTION 92.00
 * (no callbacks → 100, committee 80) and COOPERATION 85.00 (no orders → 100, committee 70):
 * total (40×100 + 20×100 + 25×92 + 15×85) / 100 = 95.75 under the default scheme.
 */
export function unit(overrides: Partial<Omit<UnitInputs, "contract">> & { contract?: Partial<UnitContractTerms> } = {}): UnitInputs {
  const { contract: terms, ...rest } = overrides;
  return {
    unitCode: "u1",
    unitName: "测试站",
    revenueActual: "1000000.00",
    repairCost: "100000.00",
    otherCost: "400000.00",
    callbacks: { satisfied: 0, basicallySatisfied: 0, dissatisfied: 0 },
    complaints: { plain: 0, repeat: 0 },
    dispatches: { onTime: 0, late: 0, refused: 0 },
    committee: { SATISFACTION: raters("80", "80", "80"), COOPERATION: raters("70", "70", "70") },
    ...rest,
    contract: contract(terms),
  };
}
