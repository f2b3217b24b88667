import { limitUnits } from "../../charts/chart-limits.ts";

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

/** A trend series cut down to the lines a chart draws. */
export interface DrawnTrendSeries extends TrendSeries {
  /** How many units the full series has (the chart draws `units.length` of them). */
  total: number;
}

/**
 * The lines a trend chart draws: the first `max` units by their latest rank (trendSeries' order,
 * so the legend still reads as the standings), the picked unit kept. The rows keep only those
 * units' values, so the chart's data is years × drawn units whatever the number of units.
 */
export function limitTrendSeries(series: TrendSeries, max: number, selected?: string | null): DrawnTrendSeries {
  const { shown, total } = limitUnits(series.units, max, (unit) => unit.code, selected);
  const rows = series.rows.map((row) => ({
    year: row.year,
    values: Object.fromEntries(shown.map((unit) => [unit.code, row.values[unit.code] ?? null])),
  }));
  return { years: series.years, units: shown, rows, total };
}

/** The bottom of a reversed rank axis: the largest rank any drawn line reaches (1 without lines). */
export function worstDrawnRank(series: TrendSeries): number {
  return series.rows.reduce((worst, row) => Math.max(worst, ...Object.values(row.values).map((rank) => rank ?? 1)), 1);
}

/** Up to this many places every rank is a tick; below, ticks fall on round places. */
const EVERY_RANK_TICKS = 10;

/**
 * Ticks of a reversed rank axis from first place to `bottom`: every place for a few units, else
 * first place and about five round steps (1, 200, 400 … for a thousand units), not a tick per unit.
 */
export function rankTicks(bottom: number): number[] {
  if (bottom <= EVERY_RANK_TICKS) return Array.from({ length: bottom }, (_, i) => i + 1);
  const raw = bottom / 5;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((candidate) => candidate >= raw)!;
  const ticks = [1];
  for (let place = step; place <= bottom; place += step) ticks.push(place);
  return ticks;
}
