/**
 * Budget in light tones, counted costs in strong ones: the eye compares each pair of bars by
 * height first and reads the split second. None of them is a unit colour.
 */
export const COST_COLORS = {
  repairBudget: "#a7dcd5",
  baseExpense: "#c3d0dd",
  repairCost: "#0d9488",
  otherCost: "#486581",
} as const;

export const SAVING_COLOR = "#067647";
export const OVERSPEND_COLOR = "#b42318";
export const BUDGET_LINE_COLOR = "#b42318";
export const PACE_COLOR = "#9aa5b1";
/** The department's line when no unit is picked: dark, so no unit's colour is borrowed. */
export const DEPARTMENT_COLOR = "#243b53";
