import { Dimension, Grade } from "../common/enums.ts";
import { InvalidInputError, type InvalidField } from "../common/errors.ts";
import { FieldChecker } from "../common/field-checker.ts";
import type { SchemeChanges, SchemeParameters } from "./scheme.model.ts";

/** Checks the changes themselves (duplicates, FAIL threshold) and the scheme they produce. */
export function validateScheme(changes: SchemeChanges, result: SchemeParameters): void {
  const invalid: InvalidField[] = [];
  const check = new FieldChecker(invalid);

  const seenDimensions = new Set<Dimension>();
  (changes.weights ?? []).forEach(({ dimension }, i) => {
    if (seenDimensions.has(dimension)) check.fail(`weights[${i}].dimension`, "GIVEN_TWICE", { value: dimension });
    seenDimensions.add(dimension);
  });
  const seenGrades = new Set<Grade>();
  (changes.gradeThresholds ?? []).forEach(({ grade }, i) => {
    if (grade === Grade.FAIL) check.fail(`gradeThresholds[${i}].grade`, "FAIL_HAS_NO_THRESHOLD");
    if (seenGrades.has(grade)) check.fail(`gradeThresholds[${i}].grade`, "GIVEN_TWICE", { value: grade });
    seenGrades.add(grade);
  });

  for (const dimension of Object.values(Dimension)) {
    check.numberBetween(`weights.${dimension}`, result.weights[dimension], 0, 1000);
  }
  if (Object.values(result.weights).every((w) => w === 0)) check.fail("weights", "WEIGHT_NEEDED");

  check.numberBetween("revenueCap", result.revenueCap, 0, 1000);
  check.numberBetween("costCap", result.costCap, 0, 1000);
  check.numberBetween("savingBonusPerPct", result.savingBonusPerPct, 0, 100);
  check.numberBetween("overspendPenaltyPerPct", result.overspendPenaltyPerPct, 0, 100);
  check.numberBetween("complaintPenalty", result.complaintPenalty, 0, 100);
  check.numberBetween("repeatComplaintPenalty", result.repeatComplaintPenalty, 0, 100);
  check.numberBetween("refusedDispatchPenalty", result.refusedDispatchPenalty, 0, 100);
  check.numberBetween("satisfactionObjectiveShare", result.satisfactionObjectiveShare, 0, 1);
  check.numberBetween("cooperationObjectiveShare", result.cooperationObjectiveShare, 0, 1);
  check.numberBetween("revenueCollectionShare", result.revenueCollectionShare, 0, 1);
  // Dropping the highest and lowest of fewer than 3 scores would leave nothing to average.
  check.integerBetween("trimThreshold", result.trimThreshold, 3, 1000);
  check.integerBetween("minRaters", result.minRaters, 0, 1000);

  const { EXCELLENT, GOOD, PASS } = result.gradeThresholds;
  check.numberBetween("gradeThresholds.EXCELLENT", EXCELLENT, 0, 1000);
  check.numberBetween("gradeThresholds.GOOD", GOOD, 0, 1000);
  check.numberBetween("gradeThresholds.PASS", PASS, 0, 1000);
  if (!(EXCELLENT > GOOD && GOOD > PASS)) {
    check.fail("gradeThresholds", "THRESHOLDS_DESCEND", { got: `${EXCELLENT}, ${GOOD}, ${PASS}` });
  }
  if (invalid.length > 0) throw new InvalidInputError(invalid);
}
