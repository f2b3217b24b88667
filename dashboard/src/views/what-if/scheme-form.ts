/**
 * The what-if form as plain data: text fields (so a half-typed "0." is allowed) turned into a
 * SchemeInput when every field is valid. Pure and unit-tested (scheme-form.test.ts).
 */

export const WEIGHT_DIMENSIONS = ["REVENUE", "COST", "SATISFACTION", "COOPERATION"] as const;
export const THRESHOLD_GRADES = ["EXCELLENT", "GOOD", "PASS"] as const;

/** The scalar parameters, with the range each accepts. */
export const PARAMETERS = {
  revenueCap: { min: 0, max: 1000, integer: false },
  costCap: { min: 0, max: 1000, integer: false },
  savingBonusPerPct: { min: 0, max: 100, integer: false },
  overspendPenaltyPerPct: { min: 0, max: 100, integer: false },
  complaintPenalty: { min: 0, max: 100, integer: false },
  repeatComplaintPenalty: { min: 0, max: 100, integer: false },
  refusedDispatchPenalty: { min: 0, max: 100, integer: false },
  satisfactionObjectiveShare: { min: 0, max: 1, integer: false },
  cooperationObjectiveShare: { min: 0, max: 1, integer: false },
  trimThreshold: { min: 3, max: 1000, integer: true },
  minRaters: { min: 0, max: 1000, integer: true },
  revenueCollectionShare: { min: 0, max: 1, integer: false },
} as const;

export type ParameterName = keyof typeof PARAMETERS;
export const PARAMETER_NAMES = Object.keys(PARAMETERS) as ParameterName[];

export interface SchemeLike {
  weights: readonly { dimension: string; weight: number }[];
  gradeThresholds: readonly { grade: string; minTotal: number }[];
  [name: string]: unknown;
}

/** Field texts by name: parameters, `weight.REVENUE`…, `grade.EXCELLENT`…. */
export type SchemeForm = Record<string, string>;

export function formFromScheme(scheme: SchemeLike): SchemeForm {
  const form: SchemeForm = {};
  for (const name of PARAMETER_NAMES) form[name] = String(scheme[name] ?? "");
  for (const w of scheme.weights) form[`weight.${w.dimension}`] = String(w.weight);
  for (const g of scheme.gradeThresholds) form[`grade.${g.grade}`] = String(g.minTotal);
  return form;
}

export interface SchemeInputLike {
  weights: { dimension: (typeof WEIGHT_DIMENSIONS)[number]; weight: number }[];
  gradeThresholds: { grade: (typeof THRESHOLD_GRADES)[number]; minTotal: number }[];
  [name: string]: unknown;
}

export type FormResult =
  | { ok: true; input: SchemeInputLike }
  | { ok: false; errors: Record<string, "number" | "range" | "integer" | "weights" | "order"> };

function parseNumber(text: string | undefined): number | null {
  if (text === undefined || text.trim() === "" || !/^-?\d*(\.\d+)?$/.test(text.trim())) return null;
  const value = Number(text);
  return Number.isFinite(value) ? value : null;
}

/** Validates the form; on success the complete SchemeInput to simulate or save. */
export function inputFromForm(form: SchemeForm): FormResult {
  const errors: Record<string, "number" | "range" | "integer" | "weights" | "order"> = {};
  const input: SchemeInputLike = { weights: [], gradeThresholds: [] };
  for (const name of PARAMETER_NAMES) {
    const rule = PARAMETERS[name];
    const value = parseNumber(form[name]);
    if (value === null) errors[name] = "number";
    else if (value < rule.min || value > rule.max) errors[name] = "range";
    else if (rule.integer && !Number.isInteger(value)) errors[name] = "integer";
    else input[name] = value;
  }
  for (const dimension of WEIGHT_DIMENSIONS) {
    const key = `weight.${dimension}`;
    const value = parseNumber(form[key]);
    if (value === null) errors[key] = "number";
    else if (value < 0 || value > 1000) errors[key] = "range";
    else input.weights.push({ dimension, weight: value });
  }
  if (input.weights.length === WEIGHT_DIMENSIONS.length && input.weights.every((w) => w.weight === 0)) errors["weight.REVENUE"] = "weights";
  for (const grade of THRESHOLD_GRADES) {
    const key = `grade.${grade}`;
    const value = parseNumber(form[key]);
    if (value === null) errors[key] = "number";
    else if (value < 0 || value > 1000) errors[key] = "range";
    else input.gradeThresholds.push({ grade, minTotal: value });
  }
  const [excellent, good, pass] = THRESHOLD_GRADES.map((g) => input.gradeThresholds.find((t) => t.grade === g)?.minTotal);
  if (excellent !== undefined && good !== undefined && pass !== undefined && !(excellent > good && good > pass)) errors["grade.GOOD"] = "order";
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, input };
}

/** Names of the fields whose text differs from the stored scheme's (highlighted as changed). */
export function changedFields(form: SchemeForm, stored: SchemeForm): string[] {
  return Object.keys(form).filter((key) => Number(form[key]) !== Number(stored[key]));
}
