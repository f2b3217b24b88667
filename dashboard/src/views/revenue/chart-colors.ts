/**
 * Remittance category colours, deliberately none of the unit colours so a bar never reads as a
 * unit. A plain module (not in the chart file) so legends render before Recharts has loaded.
 */
export const CATEGORY_COLORS: Record<string, string> = { viewingFee: "#0e7490", inspectionFee: "#f59e0b", arrears: "#94a3b8" };

/** The target line (red: the line to clear) and the even-pace line (grey: a reference only). */
export const TARGET_COLOR = "#b42318";
export const PACE_COLOR = "#9aa5b1";

/** The department's line when no unit is picked: dark, so no unit's colour is borrowed. */
export const DEPARTMENT_COLOR = "#243b53";
