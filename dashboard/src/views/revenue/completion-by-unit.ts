import { Decimal } from "decimal.js";
import { toWanValue } from "./chart-money.ts";

/** The fields of a yearTotals row (or an assessment result) this chart needs. */
export interface UnitCompletionInput {
  unit: { code: string; name: string };
  revenueActual: string;
  /** yearTotals: completionRate and contract.revenueTarget; null without a contract. */
  completionRate: number | null;
  revenueTarget: string | null;
}

export interface UnitCompletionBar {
  unitCode: string;
  unitName: string;
  /** Percent, 2 decimals, as the API computed it (the figure the assessment uses). */
  completion: number;
  actual: number;
  target: number;
  /** actual − target in 万元: positive over target, negative short of it. */
  gap: number;
}

/**
 * One bar per unit with a target, best completion first, so the ranking reads top to bottom.
 * Units without a contract have no completion and are left out rather than drawn as 0 %.
 * Ties keep the API order (the order units were created), which is stable between years.
 */
export function completionByUnit(rows: readonly UnitCompletionInput[]): UnitCompletionBar[] {
  return rows
    .flatMap((row, index) => {
      if (row.completionRate === null || row.revenueTarget === null) return [];
      const actual = new Decimal(row.revenueActual);
      const target = new Decimal(row.revenueTarget);
      const bar: UnitCompletionBar = {
        unitCode: row.unit.code,
        unitName: row.unit.name,
        completion: row.completionRate,
        actual: toWanValue(actual),
        target: toWanValue(target),
        gap: toWanValue(actual.minus(target)),
      };
      return [{ bar, index }];
    })
    .sort((a, b) => b.bar.completion - a.bar.completion || a.index - b.index)
    .map(({ bar }) => bar);
}
