import type { Decimal } from "decimal.js";
import { Dimension } from "../../common/enums.ts";
import type { SchemeParameters } from "../../scheme/scheme.model.ts";
import { D, HUNDRED, ONE, ZERO, dec, equalsShown, fixed2, money, plain, round2, shown } from "./decimal.ts";
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
  const repair = dec(input.repairCost);
  const other = dec(input.otherCost);
  const repairBudget = dec(input.repairBudget);
  const baseExpense = dec(input.baseExpense);
  const budget = repairBudget.plus(baseExpense);
  const inputs = [
    part("维修材料费(预算期内)", "repair material (budget window)", money(repair)),
    part("其它成本", "other costs", money(other)),
    part("维修材料预算", "repair budget", money(repairBudget)),
    part("基本费用", "base expense", money(baseExpense)),
    part("预算合计", "budget", money(budget)),
  ];
  const budgetText = `${money(repairBudget)} + ${money(baseExpense)} = ${money(budget)}`;
  // A unit with no budget at all has nothing to save or overspend against (§4).
  if (budget.isZero()) return notApplicable(inputs, budgetText, scheme);

  const spent = repair.plus(other);
  const s = spent.div(budget);
  const { score, text } = s.lte(ONE) ? savingScore(s, scheme) : overspendScore(s, scheme);
  inputs.push(part("成本率 s", "cost ratio s", shown(s)));
  const sText = `s = (${money(repair)} + ${money(other)}) / (${money(repairBudget)} + ${money(baseExpense)}) ${equalsShown(s)}`;
  const formula = steps({ zh: sText, en: sText }, { zh: text, en: text });
  return {
    dimension: Dimension.COST,
    applicable: true,
    score: fixed2(score),
    weight: scheme.weights[Dimension.COST],
    inputs,
    formula,
    explanation: buildExplanation(inputs, formula),
  };
}

function savingScore(s: Decimal, scheme: SchemeParameters): { score: Decimal; text: string } {
  const cap = dec(scheme.costCap);
  const bonus = dec(scheme.savingBonusPerPct);
  const score = round2(D.min(cap, HUNDRED.plus(bonus.times(ONE.minus(s)).times(HUNDRED))));
  return { score, text: `min(${plain(cap)}, 100 + ${plain(bonus)} × (1 − ${shown(s)}) × 100) = ${fixed2(score)}` };
}

function overspendScore(s: Decimal, scheme: SchemeParameters): { score: Decimal; text: string } {
  const penalty = dec(scheme.overspendPenaltyPerPct);
  const score = round2(D.max(ZERO, HUNDRED.minus(penalty.times(s.minus(ONE)).times(HUNDRED))));
  return { score, text: `max(0, 100 − ${plain(penalty)} × (${shown(s)} − 1) × 100) = ${fixed2(score)}` };
}

function notApplicable(inputs: ExplanationPart[], budgetText: string, scheme: SchemeParameters): DimensionResult {
  const formula: Bilingual = {
    zh: `预算 = ${budgetText},预算为 0,不参与计分`,
    en: `budget = ${budgetText}; a budget of 0 makes cost not applicable`,
  };
  const reason: Bilingual = {
    zh: "该单位无成本预算,本项不参与计分,其余各项权重按比例重新分配。",
    en: "This unit has no cost budget: the dimension is not applicable and the other weights are renormalised.",
  };
  return {
    dimension: Dimension.COST,
    applicable: false,
    score: null,
    weight: scheme.weights[Dimension.COST],
    inputs,
    formula,
    explanation: buildExplanation(inputs, formula, [reason]),
  };
}
