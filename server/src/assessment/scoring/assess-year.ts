import type { SchemeParameters } from "../../scheme/scheme.model.ts";
import { missingScores } from "./completeness.ts";
import { scoreCooperation } from "./cooperation.ts";
import { scoreCost } from "./cost.ts";
import { fixed2Text } from "./decimal-text.ts";
import { computePay } from "./pay.ts";
import { revenueOutcome } from "./revenue.ts";
import { scoreSatisfaction } from "./satisfaction.ts";
import { gradeFor, rankInPlace, weightedTotal } from "./total-grade-rank.ts";
import type { DimensionResult, UnitInputs, UnitResult } from "./types.ts";

/**
 * One unit's full result; its rank only exists among all units (rankInPlace sets it), 0 until
 * then. Written as one literal with every field, the rank included, so that ranking stores into
 * the object instead of adding a property to it.
 */
export function assessUnit(unit: UnitInputs, scheme: SchemeParameters): UnitResult {
  const { contract } = unit;
  const revenue = revenueOutcome(
    { revenueActual: unit.revenueActual, revenueTarget: contract.revenueTarget, collectionRate: unit.collectionRate ?? null },
    scheme,
  );
  // Always in the order REVENUE, COST, SATISFACTION, COOPERATION.
  const scores: DimensionResult[] = [
    revenue.result,
    scoreCost(
      { repairCost: unit.repairCost, otherCost: unit.otherCost, repairBudget: contract.repairBudget, baseExpense: contract.baseExpense },
      scheme,
    ),
    scoreSatisfaction({ callbacks: unit.callbacks, complaints: unit.complaints, committee: unit.committee.SATISFACTION }, scheme),
    scoreCooperation({ dispatches: unit.dispatches, committee: unit.committee.COOPERATION }, scheme),
  ];
  const { total, formula } = weightedTotal(scores);
  const missing = missingScores(unit.committee, scheme.minRaters);
  return {
    unitCode: unit.unitCode,
    unitName: unit.unitName,
    revenueTarget: fixed2Text(contract.revenueTarget),
    revenueActual: fixed2Text(unit.revenueActual),
    // The same text the REVENUE explanation prints, computed there once.
    completionRate: revenue.completionRate,
    collectionRate: unit.collectionRate ?? null,
    repairCost: fixed2Text(unit.repairCost),
    otherCost: fixed2Text(unit.otherCost),
    scores,
    total,
    grade: gradeFor(total, scheme),
    complete: missing.length === 0,
    missing,
    pay: computePay(contract, unit.revenueActual, unit.repairCost),
    totalFormula: formula,
    rank: 0,
  };
}

/** Every unit assessed under one scheme, ordered by rank (ties by unit code). */
export function assessUnits(units: UnitInputs[], scheme: SchemeParameters): UnitResult[] {
  return rankInPlace(units.map((unit) => assessUnit(unit, scheme)));
}
