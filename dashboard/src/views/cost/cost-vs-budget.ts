import { Decimal } from "decimal.js";
import { toWanValue } from "../revenue/chart-money.ts";

/** A contract's budget lines (contracts(year)), yuan. */
export interface BudgetInput {
  unit: { code: string; name: string };
  repairBudget: string;
  baseExpense: string;
}

/** A unit's counted costs (yearTotals), yuan. */
export interface SpendInput {
  unit: { code: string; name: string };
  repairCost: string;
  otherCost: string;
}

export interface CostVsBudgetRow {
  unitCode: string;
  unitName: string;
  /** 维修材料费 budget and 基本费用, 万元. */
  repairBudget: number;
  baseExpense: number;
  budget: number;
  /** Counted repair material and every other cost, 万元. */
  repairCost: number;
  otherCost: number;
  spent: number;
  /** budget − spent, 万元: positive is a saving (节余), negative an overspend (超支). */
  saving: number;
  /** repairBudget − repairCost, 万元: the line performance pay rewards or charges. */
  repairSaving: number;
  /** spent / budget in percent, 2 decimals; null when the budget is 0 (cost not assessed). */
  usedPercent: number | null;
}

/**
 * Budget against counted spending per unit, the way the COST dimension sees it:
 * budget = repairBudget + baseExpense, spent = repairCost + otherCost. Units without a contract
 * have no budget to compare with and are left out; a contract without any recorded cost shows
 * zero spending. Every figure is computed exactly and turned into 万元 at the end.
 */
export function costVsBudget(budgets: readonly BudgetInput[], spending: readonly SpendInput[]): CostVsBudgetRow[] {
  const spentByUnit = new Map(spending.map((row) => [row.unit.code, row]));
  return budgets.map((contract) => {
    const spend = spentByUnit.get(contract.unit.code);
    const repairBudget = new Decimal(contract.repairBudget);
    const baseExpense = new Decimal(contract.baseExpense);
    const repairCost = new Decimal(spend?.repairCost ?? 0);
    const otherCost = new Decimal(spend?.otherCost ?? 0);
    const budget = repairBudget.plus(baseExpense);
    const spent = repairCost.plus(otherCost);
    return {
      unitCode: contract.unit.code,
      unitName: contract.unit.name,
      repairBudget: toWanValue(repairBudget),
      baseExpense: toWanValue(baseExpense),
      budget: toWanValue(budget),
      repairCost: toWanValue(repairCost),
      otherCost: toWanValue(otherCost),
      spent: toWanValue(spent),
      saving: toWanValue(budget.minus(spent)),
      repairSaving: toWanValue(repairBudget.minus(repairCost)),
      usedPercent: budget.isZero() ? null : spent.div(budget).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toNumber(),
    };
  });
}

/** The department's totals of the same figures (合计), exact. */
export function costTotals(rows: readonly BudgetInput[], spending: readonly SpendInput[]) {
  const sum = (values: Iterable<string>) => [...values].reduce((a, b) => a.plus(b), new Decimal(0));
  const codes = new Set(rows.map((row) => row.unit.code));
  const counted = spending.filter((row) => codes.has(row.unit.code));
  const budget = sum(rows.map((r) => r.repairBudget)).plus(sum(rows.map((r) => r.baseExpense)));
  const spent = sum(counted.map((r) => r.repairCost)).plus(sum(counted.map((r) => r.otherCost)));
  return {
    budget: toWanValue(budget),
    spent: toWanValue(spent),
    saving: toWanValue(budget.minus(spent)),
    usedPercent: budget.isZero() ? null : spent.div(budget).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toNumber(),
  };
}
