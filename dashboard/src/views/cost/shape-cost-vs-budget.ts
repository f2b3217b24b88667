import { Decimal } from "decimal.js";
import { wan } from "./wan.ts";

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
  /** Recorded but not counted: repair material before the budget window, warranty exchanges. */
  repairCostBeforeWindow?: string;
  warrantyExchangeAmount?: string;
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
  /** Recorded repair material the assessment does not count (before the window, warranty), 万元. */
  notCounted: number;
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
      repairBudget: wan(repairBudget),
      baseExpense: wan(baseExpense),
      budget: wan(budget),
      repairCost: wan(repairCost),
      otherCost: wan(otherCost),
      spent: wan(spent),
      saving: wan(budget.minus(spent)),
      repairSaving: wan(repairBudget.minus(repairCost)),
      usedPercent: budget.isZero() ? null : spent.div(budget).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toNumber(),
      notCounted: wan(new Decimal(spend?.repairCostBeforeWindow ?? 0).plus(spend?.warrantyExchangeAmount ?? 0)),
    };
  });
}

/**
 * The budget-against-costs chart's order: the largest counted spending first, where most of the
 * money goes. It sorts by the 万元 figure the bar shows (display only); ties keep the given order.
 */
export function bySpending(rows: readonly CostVsBudgetRow[]): CostVsBudgetRow[] {
  return [...rows].sort((a, b) => b.spent - a.spent);
}

/**
 * The saving chart's order: the largest share of the budget used first, so the units overspending
 * most lead; units without a budget (not assessed) come last.
 */
export function byBudgetUsed(rows: readonly CostVsBudgetRow[]): CostVsBudgetRow[] {
  const used = (row: CostVsBudgetRow) => row.usedPercent ?? -1;
  return [...rows].sort((a, b) => used(b) - used(a));
}

export interface CostSummary {
  repairBudget: number;
  baseExpense: number;
  repairCost: number;
  otherCost: number;
  notCounted: number;
  budget: number;
  spent: number;
  saving: number;
  repairSaving: number;
  usedPercent: number | null;
  unitCount: number;
}

/**
 * The headline figures and the table's 合计 for one unit, or the department (unitCode null: every unit with a
 * contract, 合计). Added up exactly from the API's strings; spending of units without a contract
 * is left out, as it has no budget to be measured against.
 */
export function costSummary(budgets: readonly BudgetInput[], spending: readonly SpendInput[], unitCode: string | null): CostSummary | null {
  const contracts = budgets.filter((row) => unitCode === null || row.unit.code === unitCode);
  if (contracts.length === 0) return null;
  const codes = new Set(contracts.map((row) => row.unit.code));
  const counted = spending.filter((row) => codes.has(row.unit.code));
  const sum = <T>(rows: readonly T[], pick: (row: T) => string) => rows.reduce((total, row) => total.plus(pick(row)), new Decimal(0));
  const repairBudget = sum(contracts, (r) => r.repairBudget);
  const baseExpense = sum(contracts, (r) => r.baseExpense);
  const budget = repairBudget.plus(baseExpense);
  const repairCost = sum(counted, (r) => r.repairCost);
  const otherCost = sum(counted, (r) => r.otherCost);
  const spent = repairCost.plus(otherCost);
  const notCounted = sum(counted, (r) => r.repairCostBeforeWindow ?? "0").plus(sum(counted, (r) => r.warrantyExchangeAmount ?? "0"));
  return {
    repairBudget: wan(repairBudget),
    baseExpense: wan(baseExpense),
    repairCost: wan(repairCost),
    otherCost: wan(otherCost),
    notCounted: wan(notCounted),
    budget: wan(budget),
    spent: wan(spent),
    saving: wan(budget.minus(spent)),
    repairSaving: wan(repairBudget.minus(repairCost)),
    usedPercent: budget.isZero() ? null : spent.div(budget).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toNumber(),
    unitCount: contracts.length,
  };
}
