/** The fields of a trends() point the trend charts need. */
export interface TrendPointInput {
  year: number;
  unit: { code: string; name: string };
  total: number;
  rank: number;
  grade: string;
  completionRate: number;
  finalized: boolean;
  scores: readonly { dimension: string; score: number | null }[];
}

export interface TrendUnit {
  code: string;
  name: string;
}

/** One x-axis point (a year) with one value per unit code; null where the unit has no result. */
export interface YearRow {
  year: number;
  values: Record<string, number | null>;
}

export interface TrendSeries {
  years: number[];
  /** Units ordered by their rank in the latest year they appear in, so the legend reads as the standings. */
  units: TrendUnit[];
  rows: YearRow[];
}

/** Which figure of a point a chart plots; null leaves a gap. */
export type TrendValue = (point: TrendPointInput) => number | null;

export const byTotal: TrendValue = (p) => p.total;
export const byRank: TrendValue = (p) => p.rank;
export const byCompletion: TrendValue = (p) => p.completionRate;

/** Every year from the first to the last point, gaps included, so a missing year shows as a gap. */
export function yearsSpanned(points: readonly TrendPointInput[]): number[] {
  if (points.length === 0) return [];
  const years = points.map((p) => p.year);
  const first = Math.min(...years);
  const last = Math.max(...years);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** Units by their latest rank (then code); a unit's name is the newest one it had. */
export function unitsByLatestRank(points: readonly TrendPointInput[]): TrendUnit[] {
  const latest = new Map<string, TrendPointInput>();
  for (const point of points) {
    const seen = latest.get(point.unit.code);
    if (!seen || point.year > seen.year) latest.set(point.unit.code, point);
  }
  return [...latest.values()]
    .sort((a, b) => b.year - a.year || a.rank - b.rank || a.unit.code.localeCompare(b.unit.code))
    .map((p) => ({ code: p.unit.code, name: p.unit.name }));
}

/**
 * One line per unit across the years (the total, the rank, a dimension's score …). The values
 * sit under `values` keyed by unit code, so no unit code can collide with `year`.
 */
export function trendSeries(points: readonly TrendPointInput[], value: TrendValue): TrendSeries {
  const years = yearsSpanned(points);
  const units = unitsByLatestRank(points);
  const byKey = new Map(points.map((p) => [`${p.year}:${p.unit.code}`, p]));
  const rows = years.map((year) => ({
    year,
    values: Object.fromEntries(
      units.map((u) => {
        const point = byKey.get(`${year}:${u.code}`);
        return [u.code, point ? value(point) : null];
      }),
    ),
  }));
  return { years, units, rows };
}

/** The largest rank of any year: the bottom of a reversed rank axis. */
export function worstRank(points: readonly TrendPointInput[]): number {
  return points.reduce((worst, p) => Math.max(worst, p.rank), 1);
}
