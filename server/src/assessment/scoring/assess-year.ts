import type { SchemeParameters } from "../../scheme/scheme.model.ts";
import { missingScores } from "./completeness.ts";
import { scoreCooperation } from "./cooperation.ts";
import { scoreCost } from "./cost.ts";
import { dec, fixed2 } from "./decimal.ts";
import { computePay } from "./pay.ts";
import { completionRate, scoreRevenue } from "./revenue.ts";
import { scoreSatisfaction } from "./satisfaction.ts";
import { gradeFor, rankResults, weightedTotal } from "./total-grade-rank.ts";
import type { DimensionResult, UnitInputs, UnitResult } from "./types.ts";

/** The four dimension results, always in the order REVENUE, COST, SATISFACTION, COOPERATION. */
export function scoreDimensions(unit: UnitInputs, scheme: SchemeParameters): DimensionResult[] {
  const { contract } = unit;
  return [
    scoreRevenue({ revenueActual: unit.revenueActual, revenueTarget: contract.revenueTarget, collectionRate: unit.collectionRate ?? null }, scheme),
    scoreCost(
      { repairCost: unit.repairCost, otherCost: unit.otherCost, repairBudget: contract.repairBudget, baseExpense: contract.baseExpense },
      scheme,
    ),
    scoreSatisfaction({ callbacks: unit.callbacks, complaints: unit.complaints, committee: unit.committee.SATISFACTION }, scheme),
    scoreCooperation({ dispatches: unit.dispatches, committee: unit.committee.COOPERATION }, scheme),
  ];
}

/** One unit's full result except its rank, which only exists among all units. */
export function assessUnit(unit: UnitInputs, scheme: SchemeParameters): Omit<UnitResult, "rank"> {
  const scores = scoreDimensions(unit, scheme);
  const { total, formula } = weightedTotal(scores);
  const missing = missingScores(unit.committee, scheme.minRaters);
  const target = dec(unit.contract.revenueTarget);
  const actual = dec(unit.revenueActual);
  return {
    unitCode: unit.unitCode,
    unitName: unit.unitName,
    revenueTarget: fixed2(target),
    revenueActual: fixed2(actual),
    completionRate: completionRate(unit.revenueActual, unit.contract.revenueTarget),
    collectionRate: unit.collectionRate ?? null,
    repairCost: fixed2(dec(unit.repairCost)),
    otherCost: fixed2(dec(unit.otherCost)),
    scores,
    total,
    grade: gradeFor(total, scheme),
    complete: missing.length === 0,
    missing,
    pay: computePay(unit.contract, unit.revenueActual, unit.repairCost),
    totalFormula: formula,
  };
}

/** Every unit assessed under one scheme, ordered by rank (ties by unit code). */
export function assessUnits(units: UnitInputs[], scheme: SchemeParameters): UnitResult[] {
  return rankResults(units.map((unit) => assessUnit(unit, scheme)));
}
