import type { Decimal } from "decimal.js";
import type { Knex } from "knex";
import { invalidField } from "../common/errors.ts";
import { Dec, formatMoney } from "../common/money.ts";
import { endOfQuarter } from "../years/year.ts";
import { loadAssessmentInputs } from "./assessment-inputs.repository.ts";
import { computePay, type PayLines, type UnitContractTerms } from "./scoring/index.ts";

export interface PayrollLine {
  unitId: number;
  unitCode: string;
  year: number;
  quarter: number | null;
  periodStart: string;
  /** Last day of the period (inclusive). */
  periodEnd: string;
  /** The target the period is measured against (prorated for a quarter-to-date period). */
  revenueTarget: string;
  revenueActual: string;
  repairBudget: string;
  repairCost: string;
  pay: PayLines;
}

const fen = (value: Decimal) => formatMoney(value);

/**
 * The contract terms for a year-to-date period ending with `quarter`: the revenue target in
 * proportion to the elapsed quarters, the repair budget in proportion to the elapsed months of
 * its window (from repairBudgetFromMonth to December). For quarter 4 they are the year's terms,
 * so the fourth quarter's year-to-date pay equals the year-end pay.
 */
export function prorateTerms(terms: UnitContractTerms, quarter: number): UnitContractTerms {
  if (quarter === 4) return terms;
  const windowMonths = 13 - terms.repairBudgetFromMonth;
  const elapsedWindowMonths = Math.min(windowMonths, Math.max(0, quarter * 3 - terms.repairBudgetFromMonth + 1));
  return {
    ...terms,
    revenueTarget: fen(new Dec(terms.revenueTarget).times(quarter).div(4)),
    repairBudget: fen(new Dec(terms.repairBudget).times(elapsedWindowMonths).div(windowMonths)),
  };
}

/** 效益工资 for the year, or year to date up to the end of a quarter (settled quarterly). */
export async function payroll(knex: Knex, year: number, quarter?: number | null): Promise<PayrollLine[]> {
  if (quarter !== undefined && quarter !== null && (!Number.isInteger(quarter) || quarter < 1 || quarter > 4)) {
    throw invalidField("quarter", "WHOLE_NUMBER_RANGE", { min: 1, max: 4, got: quarter });
  }
  const q = quarter ?? null;
  const until = q === null ? undefined : endOfQuarter(year, q);
  const inputs = await loadAssessmentInputs(knex, { year, until });
  const periodEnd = q === null || q === 4 ? `${year}-12-31` : lastDayBefore(until!);
  return inputs.map((unit) => {
    const terms = q === null ? unit.contract : prorateTerms(unit.contract, q);
    return {
      unitId: unit.unitId,
      unitCode: unit.unitCode,
      year,
      quarter: q,
      periodStart: `${year}-01-01`,
      periodEnd,
      revenueTarget: terms.revenueTarget,
      revenueActual: unit.revenueActual,
      repairBudget: terms.repairBudget,
      repairCost: unit.repairCost,
      pay: computePay(terms, unit.revenueActual, unit.repairCost),
    };
  });
}

function lastDayBefore(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}
