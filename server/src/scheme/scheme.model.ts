import { Dimension, Grade } from "../common/enums.ts";

/**
 * The committee's per-year parameters of ASSESSMENT.md §4–5. Plain numbers (they are weights,
 * caps and penalties, not money); the scoring engine turns them into decimals.
 */
export interface SchemeParameters {
  weights: Record<Dimension, number>;
  revenueCap: number;
  costCap: number;
  savingBonusPerPct: number;
  overspendPenaltyPerPct: number;
  complaintPenalty: number;
  repeatComplaintPenalty: number;
  refusedDispatchPenalty: number;
  satisfactionObjectiveShare: number;
  cooperationObjectiveShare: number;
  trimThreshold: number;
  minRaters: number;
  /** §9: share of the collection rate blended into REVENUE (0–1, default 0); stored schemes without it read as 0. */
  revenueCollectionShare: number;
  /** Lowest total that earns each grade; below PASS is FAIL. */
  gradeThresholds: Record<Exclude<Grade, Grade.FAIL>, number>;
}

export const DEFAULT_SCHEME: SchemeParameters = Object.freeze({
  weights: { [Dimension.REVENUE]: 40, [Dimension.COST]: 20, [Dimension.SATISFACTION]: 25, [Dimension.COOPERATION]: 15 },
  revenueCap: 120,
  costCap: 110,
  savingBonusPerPct: 0.5,
  overspendPenaltyPerPct: 2,
  complaintPenalty: 1,
  repeatComplaintPenalty: 3,
  refusedDispatchPenalty: 10,
  satisfactionObjectiveShare: 0.6,
  cooperationObjectiveShare: 0.5,
  trimThreshold: 5,
  minRaters: 3,
  revenueCollectionShare: 0,
  gradeThresholds: { [Grade.EXCELLENT]: 90, [Grade.GOOD]: 80, [Grade.PASS]: 60 },
}) as SchemeParameters;

/** The scalar parameters, i.e. everything but weights and grade thresholds. */
export const SCALAR_PARAMETERS = [
  "revenueCap",
  "costCap",
  "savingBonusPerPct",
  "overspendPenaltyPerPct",
  "complaintPenalty",
  "repeatComplaintPenalty",
  "refusedDispatchPenalty",
  "satisfactionObjectiveShare",
  "cooperationObjectiveShare",
  "trimThreshold",
  "minRaters",
  "revenueCollectionShare",
] as const;

export type ScalarParameter = (typeof SCALAR_PARAMETERS)[number];

/** Partial changes, as the API's SchemeInput carries them. */
export interface SchemeChanges extends Partial<Record<ScalarParameter, number | null>> {
  weights?: { dimension: Dimension; weight: number }[] | null;
  gradeThresholds?: { grade: Grade; minTotal: number }[] | null;
}

export function cloneScheme(scheme: SchemeParameters): SchemeParameters {
  return { ...scheme, weights: { ...scheme.weights }, gradeThresholds: { ...scheme.gradeThresholds } };
}

/** Applies changes on top of a scheme; what the changes leave out keeps its value. */
export function applySchemeChanges(base: SchemeParameters, changes: SchemeChanges): SchemeParameters {
  const next = cloneScheme(base);
  for (const key of SCALAR_PARAMETERS) {
    const value = changes[key];
    if (value !== undefined && value !== null) next[key] = value;
  }
  for (const { dimension, weight } of changes.weights ?? []) next.weights[dimension] = weight;
  for (const { grade, minTotal } of changes.gradeThresholds ?? []) {
    if (grade !== Grade.FAIL) next.gradeThresholds[grade] = minTotal;
  }
  return next;
}

/** Reads a stored scheme, filling anything missing from the defaults (older rows stay valid). */
export function schemeFromStored(stored: unknown): SchemeParameters {
  const partial = (stored ?? {}) as Partial<SchemeParameters>;
  return {
    ...cloneScheme(DEFAULT_SCHEME),
    ...partial,
    weights: { ...DEFAULT_SCHEME.weights, ...(partial.weights ?? {}) },
    gradeThresholds: { ...DEFAULT_SCHEME.gradeThresholds, ...(partial.gradeThresholds ?? {}) },
  };
}
