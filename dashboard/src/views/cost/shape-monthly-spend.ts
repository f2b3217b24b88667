import { Decimal } from "decimal.js";
import { wan } from "./wan.ts";

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/** The cost fields of a monthlyTotals row, yuan. */
export interface MonthCostInput {
  month: number;
  repairCost: string;
  otherCost: string;
}

export interface MonthSpendPoint {
  month: number;
  /** Counted repair material of the month, 万元. */
  repairCost: number;
  /** Running costs of the month, 万元. */
  otherCost: number;
  /** Both, cumulative from January, 万元. */
  cumulative: number;
  /** Cumulative budget at an even pace (see budgetPaceThrough); null without a contract. */
  budgetPace: number | null;
  /** The whole year's budget (repairBudget + baseExpense), a flat line; null without a contract. */
  budget: number | null;
}

/** The budget lines of a contract that set its pace. */
export interface BudgetPaceInput {
  repairBudget: string;
  baseExpense: string;
  repairBudgetFromMonth: number;
}

/**
 * The budget "used up" by the end of a month at an even pace: the base expense spreads over the
 * twelve months, the repair budget only over its window (repairBudgetFromMonth to December),
 * because that is the period the contract gives it for.
 */
export function budgetPaceThrough(contract: BudgetPaceInput, month: number): Decimal {
  const base = new Decimal(contract.baseExpense).times(month).div(12);
  const from = Math.min(12, Math.max(1, contract.repairBudgetFromMonth));
  const windowMonths = Math.max(0, month - from + 1);
  return base.plus(new Decimal(contract.repairBudget).times(windowMonths).div(13 - from));
}

/**
 * Twelve months of counted spending (stacked repair + running costs), with the cumulative total
 * and, given the contracts, the even-pace budget line, so a unit spending ahead of its budget
 * shows before the year is out. Rows and contracts of several units are added up for the
 * department view.
 */
export function monthlySpendSeries(rows: readonly MonthCostInput[], contracts: readonly BudgetPaceInput[] = []): MonthSpendPoint[] {
  const repair = MONTHS.map(() => new Decimal(0));
  const other = MONTHS.map(() => new Decimal(0));
  for (const row of rows) {
    if (row.month < 1 || row.month > 12) continue;
    repair[row.month - 1] = repair[row.month - 1].plus(row.repairCost);
    other[row.month - 1] = other[row.month - 1].plus(row.otherCost);
  }
  const yearBudget = contracts.reduce((sum, c) => sum.plus(c.repairBudget).plus(c.baseExpense), new Decimal(0));
  let cumulative = new Decimal(0);
  return MONTHS.map((month, i) => {
    cumulative = cumulative.plus(repair[i]).plus(other[i]);
    return {
      month,
      repairCost: wan(repair[i]),
      otherCost: wan(other[i]),
      cumulative: wan(cumulative),
      budgetPace:
        contracts.length === 0 ? null : wan(contracts.reduce((sum, contract) => sum.plus(budgetPaceThrough(contract, month)), new Decimal(0))),
      budget: contracts.length === 0 ? null : wan(yearBudget),
    };
  });
}

/**
 * The series for one unit, or the department (unitCode null), from every unit's monthly rows and
 * contracts: the view fetches all units once and the unit filter only re-shapes.
 */
export function monthlySpendFor(
  rows: readonly (MonthCostInput & { unit: { code: string } })[],
  contracts: readonly (BudgetPaceInput & { unit: { code: string } })[],
  unitCode: string | null,
): MonthSpendPoint[] {
  const inScope = (row: { unit: { code: string } }) => unitCode === null || row.unit.code === unitCode;
  return monthlySpendSeries(rows.filter(inScope), contracts.filter(inScope));
}
