const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/** A row of counts (callbacks, complaints, dispatches) with its month or its unit. */
type CountRow<K extends string> = Record<K, number>;

export type MonthCounts<K extends string> = { month: number; total: number } & Record<K, number>;

/**
 * Twelve points of the given counts, rows of several units added up; a month without records is
 * zero, not missing, so a quiet month is visibly quiet.
 */
export function countsByMonth<K extends string>(rows: readonly (CountRow<K> & { month: number })[], keys: readonly K[]): MonthCounts<K>[] {
  const points = MONTHS.map((month) => {
    const point = { month, total: 0 } as MonthCounts<K>;
    for (const key of keys) (point as Record<string, number>)[key] = 0;
    return point;
  });
  for (const row of rows) {
    const point = points[row.month - 1];
    if (!point) continue;
    for (const key of keys) {
      (point as Record<string, number>)[key] += row[key];
      point.total += row[key];
    }
  }
  return points;
}

export type UnitCounts<K extends string> = { unitCode: string; unitName: string; total: number } & Record<K, number>;

/** One point per unit in the order given, with the total of the counts. */
export function countsByUnit<K extends string>(
  rows: readonly (CountRow<K> & { unit: { code: string; name: string } })[],
  keys: readonly K[],
): UnitCounts<K>[] {
  return rows.map((row) => {
    const point = { unitCode: row.unit.code, unitName: row.unit.name, total: 0 } as UnitCounts<K>;
    for (const key of keys) {
      (point as Record<string, number>)[key] = row[key];
      point.total += row[key];
    }
    return point;
  });
}

/** value / total in percent with one decimal; 0 when there is nothing to divide. */
export function percentOf(value: number, total: number): number {
  return total === 0 ? 0 : Math.round((value / total) * 1000) / 10;
}
