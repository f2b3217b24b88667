import { Decimal } from "decimal.js";
import { wan } from "./wan.ts";

/** The fields of a yearTotals row, an assessment result or a projection this chart needs. */
export interface UnitCompletionInput {
  unit: { code: string; name: string };
  revenueActual: string;
  /** Percent; null without a contract (no target to complete). */
  completionRate: number | null;
  revenueTarget: string | null;
  /** Projected year-end completion in percent, mid-year only. */
  projectedCompletion?: number | null;
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
  /** Projected year-end completion, percent; null when there is nothing left to project. */
  projected: number | null;
}

/**
 * One bar per unit with a target (and a projected one mid-year), best completion first, so the ranking reads top to bottom.
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
        actual: wan(actual),
        target: wan(target),
        gap: wan(actual.minus(target)),
        projected: row.projectedCompletion ?? null,
      };
      return [{ bar, index }];
    })
    .sort((a, b) => b.bar.completion - a.bar.completion || a.index - b.index)
    .map(({ bar }) => bar);
}

/**
 * The order of the per-unit small multiples: units with a target by completion, best first (the
 * completion chart's order), then the units without a contract in the order given.
 */
export function unitCodesByCompletion(unitCodes: readonly string[], rows: readonly UnitCompletionInput[]): string[] {
  const listed = new Set(unitCodes);
  const withTarget = completionByUnit(rows)
    .map((bar) => bar.unitCode)
    .filter((code) => listed.has(code));
  const placed = new Set(withTarget);
  return [...withTarget, ...unitCodes.filter((code) => !placed.has(code))];
}
