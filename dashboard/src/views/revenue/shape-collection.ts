/** One month of the rate-by-month chart: each unit's rate and the department's (null: not applicable). */
export interface CollectionChartRow {
  month: number;
  department: number | null;
  rates: Record<string, number | null>;
}

interface SeriesLike {
  unit: { code: string } | null;
  months: readonly { month: number; collectionRate: number | null }[];
}

/**
 * The chart's rows from the server's series (one per unit, and the department's with unit null):
 * months 1–12, with a unit's rate only where the server gave one, so a month without a register
 * leaves a gap in that unit's line rather than a drop to 0.
 */
export function collectionChartRows(series: readonly SeriesLike[], unitCodes: readonly string[]): CollectionChartRow[] {
  const rows: CollectionChartRow[] = Array.from({ length: 12 }, (_, i) => ({ month: i + 1, department: null, rates: {} }));
  const shown = new Set(unitCodes);
  for (const line of series) {
    for (const point of line.months) {
      const row = rows[point.month - 1];
      if (!row) continue;
      if (line.unit === null) row.department = point.collectionRate;
      else if (shown.has(line.unit.code)) row.rates[line.unit.code] = point.collectionRate;
    }
  }
  return rows;
}

/** Whether any month of any line has a rate: without one the chart says there is no register yet. */
export function hasAnyRate(series: readonly SeriesLike[]): boolean {
  return series.some((line) => line.months.some((m) => m.collectionRate !== null));
}
