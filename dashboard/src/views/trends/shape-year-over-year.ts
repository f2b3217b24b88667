import { Decimal } from "decimal.js";
import { unitsByLatestRank, yearsSpanned, type TrendPointInput } from "./shape-trend-series.ts";

export type Direction = "up" | "down" | "same";

export interface YearCell {
  year: number;
  total: number;
  rank: number;
  grade: string;
  /** total − previous year's total, 2 decimals; null in the first year or after a gap. */
  totalDelta: number | null;
  /** Places gained since the previous year (previous rank − rank): positive is better. */
  rankDelta: number | null;
  totalDirection: Direction | null;
  rankDirection: Direction | null;
}

export interface YearOverYearRow {
  unitCode: string;
  unitName: string;
  /** One cell per year of the span; null where the unit has no result that year. */
  cells: (YearCell | null)[];
}

export interface YearOverYearTable {
  years: number[];
  rows: YearOverYearRow[];
}

const direction = (delta: number): Direction => (delta > 0 ? "up" : delta < 0 ? "down" : "same");

/**
 * The change table: per unit and year the total and rank with their change from the year
 * before. Rank change is counted as places gained, so ▲ always means "better" in both columns.
 * Totals are subtracted as decimals: 92.33 − 90.1 must read 2.23, not 2.2299999999999898.
 */
export function yearOverYear(points: readonly TrendPointInput[]): YearOverYearTable {
  const years = yearsSpanned(points);
  const byKey = new Map(points.map((p) => [`${p.year}:${p.unit.code}`, p]));
  const rows = unitsByLatestRank(points).map((unit) => ({
    unitCode: unit.code,
    unitName: unit.name,
    cells: years.map((year): YearCell | null => {
      const point = byKey.get(`${year}:${unit.code}`);
      if (!point) return null;
      const previous = byKey.get(`${year - 1}:${unit.code}`);
      const totalDelta = previous ? new Decimal(point.total).minus(previous.total).toNumber() : null;
      const rankDelta = previous ? previous.rank - point.rank : null;
      return {
        year,
        total: point.total,
        rank: point.rank,
        grade: point.grade,
        totalDelta,
        rankDelta,
        totalDirection: totalDelta === null ? null : direction(totalDelta),
        rankDirection: rankDelta === null ? null : direction(rankDelta),
      };
    }),
  }));
  return { years, rows };
}
