import { Dimension } from "../../common/enums.ts";
import type { SchemeParameters } from "../../scheme/scheme.model.ts";
import { groupFixed2, plainOf } from "./decimal.ts";
import { moneyText } from "./decimal-text.ts";
import { type Fixed, FIXED_HUNDRED, FIXED_ONE, FIXED_ZERO, compare, fixed2Of, fixedOf, fixedOfNumber, roundHalfUp, shownOfFixed } from "./fixed.ts";
import { div40, minus40, plus40, times40 } from "./fixed-context.ts";
import { buildExplanation, part, steps } from "./explain.ts";
import type { Bilingual, DimensionResult, ExplanationPart } from "./types.ts";

export interface CostInput {
  repairCost: string;
  otherCost: string;
  repairBudget: string;
  baseExpense: string;
}

/** COST (维修成本及其它成本控制): reward saving against the budget, penalise overspending. */
export function scoreCost(input: CostInput, scheme: SchemeParameters): DimensionResult {
  const budget = plus40(fixedOf(input.repairBudget), fixedOf(input.baseExpense));
  // Each amount is formatted once; the inputs, the budget line and the formula print the same text.
  const repairText = moneyText(input.repairCost);
  const otherText = moneyText(input.otherCost);
  const repairBudgetText = moneyText(input.repairBudget);
  const baseExpenseText = moneyText(input.baseExpense);
  const budgetSum = groupFixed2(fixed2Of(budget));
  const inputs = [
    part("维修材料费(预算期内)", "repair material (budget window)", repairText),
    part("其它成本", "other costs", otherText),
    part("维修材料预算", "repair budget", repairBudgetText),
    part("基本费用", "base expense", baseExpenseText),
    part("预算合计", "budget", budgetSum),
  ];
  // A unit with no budget at all has nothing to save or overspend against (§4).
  if (budget.units === 0n) return notApplicable(inputs, `${repairBudgetText} + ${baseExpenseText} = ${budgetSum}`, scheme);

  const s = div40(plus40(fixedOf(input.repairCost), fixedOf(input.otherCost)), budget);
  const sShown = shownOfFixed(s);
  const { score, text } = compare(s, FIXED_ONE) <= 0 ? savingScore(s, sShown.shown, scheme) : overspendScore(s, sShown.shown, scheme);
  inputs.push(part("成本率 s", "cost ratio s", sShown.shown));
  const sText = `s = (${repairText} + ${otherText}) / (${repairBudgetText} + ${baseExpenseText}) ${sShown.equals}`;
  const formula = steps({ zh: sText, en: sText }, { zh: text, en: text });
  return {
    dimension: Dimension.COST,
    applicable: true,
    score: fixed2Of(score),
    weight: scheme.weights[Dimension.COST],
    inputs,
    formula,
    explanation: buildExplanation(inputs, formula),
  };
}

// Each step rounds as the decimal context does (see fixed.ts); min/max choose as Decimal.min/max.
function savingScore(s: Fixed, sShown: string, scheme: SchemeParameters): { score: Fixed; text: string } {
  const cap = fixedOfNumber(scheme.costCap);
  const raw = plus40(FIXED_HUNDRED, times40(times40(fixedOfNumber(scheme.savingBonusPerPct), minus40(FIXED_ONE, s)), FIXED_HUNDRED));
  const score = roundHalfUp(compare(cap, raw) > 0 ? raw : cap, 2);
  return { score, text: `min(${plainOf(scheme.costCap)}, 100 + ${plainOf(scheme.savingBonusPerPct)} × (1 − ${sShown}) × 100) = ${fixed2Of(score)}` };
}

function overspendScore(s: Fixed, sShown: string, scheme: SchemeParameters): { score: Fixed; text: string } {
  const raw = minus40(FIXED_HUNDRED, times40(times40(fixedOfNumber(scheme.overspendPenaltyPerPct), minus40(s, FIXED_ONE)), FIXED_HUNDRED));
  const score = roundHalfUp(compare(FIXED_ZERO, raw) < 0 ? raw : FIXED_ZERO, 2);
  return { score, text: `max(0, 100 − ${plainOf(scheme.overspendPenaltyPerPct)} × (${sShown} − 1) × 100) = ${fixed2Of(score)}` };
}

function notApplicable(inputs: ExplanationPart[], budgetText: string, scheme: SchemeParameters): DimensionResult {
  const formula: Bilingual = {
    zh: `预算 = ${budgetText},预算为 0,不参与计分`,
    en: `budget = ${budgetText}; a budget of 0 makes cost not applicable`,
  };
  return {
    dimension: Dimension.COST,
    applicable: false,
    score: null,
    weight: scheme.weights[Dimension.COST],
    inputs,
    formula,
    explanation: buildExplanation(inputs, formula, [NO_BUDGET]),
  };
}

const NO_BUDGET: Bilingual = Object.freeze({
  zh: "该单位无成本预算,本项不参与计分,其余各项权重按比例重新分配。",
  en: "This unit has no cost budget: the dimension is not applicable and the other weights are renormalised.",
});
