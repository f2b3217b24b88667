import { Dimension } from "../../common/enums.ts";
import type { SchemeParameters } from "../../scheme/scheme.model.ts";
import { groupFixed2, plainOf } from "./decimal.ts";
import { moneyText } from "./decimal-text.ts";
import { type Fixed, FIXED_HUNDRED, FIXED_ONE, FIXED_ZERO, compare, fixed2Of, fixedOf, fixedOfNumber, roundHalfUp, shownOfFixed } from "./fixed.ts";
import { div40, minus40, plus40, times40 } from "./fixed-context.ts";
import { both, type ExplanationSource, NO_EXTRA, part, steps } from "./explain.ts";
import { ScoredDimension } from "./scored-dimension.ts";
import type { Bilingual, DimensionResult } from "./types.ts";

export interface CostInput {
  repairCost: string;
  otherCost: string;
  repairBudget: string;
  baseExpense: string;
}

/** COST (维修成本及其它成本控制): reward saving against the budget, penalise overspending. */
export function scoreCost(input: CostInput, scheme: SchemeParameters): DimensionResult {
  const budget = plus40(fixedOf(input.repairBudget), fixedOf(input.baseExpense));
  const weight = scheme.weights[Dimension.COST];
  // A unit with no budget at all has nothing to save or overspend against (§4).
  if (budget.units === 0n) {
    return new ScoredDimension({ dimension: Dimension.COST, applicable: false, score: null, weight }, { input, budget, rule: null }, describeCost);
  }
  const s = div40(plus40(fixedOf(input.repairCost), fixedOf(input.otherCost)), budget);
  const rule = compare(s, FIXED_ONE) <= 0 ? savingRule(s, scheme) : overspendRule(s, scheme);
  return new ScoredDimension(
    { dimension: Dimension.COST, applicable: true, score: fixed2Of(rule.score), weight },
    { input, budget, rule },
    describeCost,
  );
}

/** How the score followed from the cost ratio s: its rule, the scheme numbers it read, the score. */
interface CostRule {
  s: Fixed;
  saving: boolean;
  /** Saving: the cap and the bonus per percent saved; overspending: the penalty per percent (and no cap). */
  cap: number | null;
  perPct: number;
  score: Fixed;
}

// Each step rounds as the decimal context does (see fixed.ts); min/max choose as Decimal.min/max.
function savingRule(s: Fixed, scheme: SchemeParameters): CostRule {
  const cap = fixedOfNumber(scheme.costCap);
  const raw = plus40(FIXED_HUNDRED, times40(times40(fixedOfNumber(scheme.savingBonusPerPct), minus40(FIXED_ONE, s)), FIXED_HUNDRED));
  const score = roundHalfUp(compare(cap, raw) > 0 ? raw : cap, 2);
  return { s, saving: true, cap: scheme.costCap, perPct: scheme.savingBonusPerPct, score };
}

function overspendRule(s: Fixed, scheme: SchemeParameters): CostRule {
  const raw = minus40(FIXED_HUNDRED, times40(times40(fixedOfNumber(scheme.overspendPenaltyPerPct), minus40(s, FIXED_ONE)), FIXED_HUNDRED));
  const score = roundHalfUp(compare(FIXED_ZERO, raw) < 0 ? raw : FIXED_ZERO, 2);
  return { s, saving: false, cap: null, perPct: scheme.overspendPenaltyPerPct, score };
}

/** What the COST texts are written from; no rule when the budget is 0. */
interface CostFacts {
  input: CostInput;
  budget: Fixed;
  rule: CostRule | null;
}

function describeCost({ input, budget, rule }: CostFacts): ExplanationSource {
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
  if (rule === null) {
    const budgetText = `${repairBudgetText} + ${baseExpenseText} = ${budgetSum}`;
    const formula: Bilingual = {
      zh: `预算 = ${budgetText},预算为 0,不参与计分`,
      en: `budget = ${budgetText}; a budget of 0 makes cost not applicable`,
    };
    return { inputs, formula, extra: [NO_BUDGET] };
  }
  const sShown = shownOfFixed(rule.s);
  inputs.push(part("成本率 s", "cost ratio s", sShown.shown));
  const sText = `s = (${repairText} + ${otherText}) / (${repairBudgetText} + ${baseExpenseText}) ${sShown.equals}`;
  const scoreText = fixed2Of(rule.score);
  const ruleText = rule.saving
    ? `min(${plainOf(rule.cap!)}, 100 + ${plainOf(rule.perPct)} × (1 − ${sShown.shown}) × 100) = ${scoreText}`
    : `max(0, 100 − ${plainOf(rule.perPct)} × (${sShown.shown} − 1) × 100) = ${scoreText}`;
  return { inputs, formula: steps(both(sText), both(ruleText)), extra: NO_EXTRA };
}

const NO_BUDGET: Bilingual = Object.freeze({
  zh: "该单位无成本预算,本项不参与计分,其余各项权重按比例重新分配。",
  en: "This unit has no cost budget: the dimension is not applicable and the other weights are renormalised.",
});
