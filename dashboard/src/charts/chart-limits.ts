/**
 * No chart draws more than this many points. Time series have at most 12 months or a handful of
 * years; per-unit charts stay under it through the unit limits below.
 */
export const MAX_CHART_POINTS = 1000;

/**
 * How many units a per-unit chart draws. The company has five units, but the API serves any
 * number (the benchmark year has 1,000); past these a chart stops being readable long before it
 * reaches MAX_CHART_POINTS, so it draws the first units in its own order and says how many it left
 * out (the tables beside the charts always list every unit).
 */
export const MAX_BAR_UNITS = 40;
export const MAX_RADAR_UNITS = 8;
export const MAX_LINE_UNITS = 20;

export interface LimitedUnits<T> {
  shown: T[];
  /** How many units were left out (0 when all are drawn). */
  hidden: number;
  /** How many units there are in all. */
  total: number;
}

/**
 * The first `max` rows (callers sort them first: by rank, completion, …), keeping the selected
 * unit in view: when it would fall off the end it takes the last place, in its own order.
 */
export function limitUnits<T>(rows: T[], max: number, unitOf: (row: T) => string, selected?: string | null): LimitedUnits<T> {
  if (rows.length <= max) return { shown: rows, hidden: 0, total: rows.length };
  let shown = rows.slice(0, max);
  if (selected && !shown.some((row) => unitOf(row) === selected)) {
    const chosen = rows.find((row) => unitOf(row) === selected);
    if (chosen) shown = [...shown.slice(0, max - 1), chosen];
  }
  return { shown, hidden: rows.length - shown.length, total: rows.length };
}
