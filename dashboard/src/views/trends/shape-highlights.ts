import { yearOverYear } from "./shape-year-over-year.ts";
import type { TrendPointInput } from "./shape-trend-series.ts";

export interface UnitChange {
  unitCode: string;
  total: number;
  totalDelta: number;
  rankDelta: number | null;
}

/** The department's highlights: only true when every unit's latest result is in the points. */
export interface DepartmentHighlights {
  scope: "department";
  firstYear: number;
  lastYear: number;
  unitCount: number;
  /** The latest year's first place (the first by unit order when tied). */
  leader: { unitCode: string; total: number } | null;
  /** Largest rise and largest fall of the total into the latest year; null when nobody rose (fell). */
  mostImproved: UnitChange | null;
  mostDeclined: UnitChange | null;
}

/** One unit's highlights, for a viewer who sees only that unit of the latest year. */
export interface UnitHighlights {
  scope: "unit";
  firstYear: number;
  lastYear: number;
  unitCode: string;
  /** The unit's latest result; its rank is its place in the whole department's ranking. */
  latest: { total: number; rank: number } | null;
  /** Against the year before; null in its first year or after a gap. */
  change: UnitChange | null;
}

export type TrendHighlights = DepartmentHighlights | UnitHighlights;

/**
 * The facts a manager looks for first across the years: who leads now and whose total rose and
 * fell most since the year before. `limitedTo` is the unit a station head heads (null for readers
 * of every unit): the server sends such a viewer only that unit for years not yet finalised, so
 * comparing "units" there would crown their unit first among one — those highlights describe
 * the one unit instead, with its real rank in the department.
 */
export function trendHighlights(points: readonly TrendPointInput[], limitedTo: string | null = null): TrendHighlights | null {
  const table = yearOverYear(points);
  if (table.years.length === 0) return null;
  const last = table.years.length - 1;
  const firstYear = table.years[0];
  const lastYear = table.years[last];
  const latest = table.rows.flatMap((row) => {
    const cell = row.cells[last];
    return cell ? [{ unitCode: row.unitCode, ...cell }] : [];
  });
  const changeOf = (cell: (typeof latest)[number]): UnitChange | null =>
    cell.totalDelta === null ? null : { unitCode: cell.unitCode, total: cell.total, totalDelta: cell.totalDelta, rankDelta: cell.rankDelta };

  const latestOpen = points.some((p) => p.year === lastYear && !p.finalized);
  if (limitedTo !== null && latestOpen) {
    const own = latest.find((cell) => cell.unitCode === limitedTo) ?? null;
    return {
      scope: "unit",
      firstYear,
      lastYear,
      unitCode: limitedTo,
      latest: own ? { total: own.total, rank: own.rank } : null,
      change: own ? changeOf(own) : null,
    };
  }

  const leader = latest.reduce<(typeof latest)[number] | null>((best, cell) => (!best || cell.rank < best.rank ? cell : best), null);
  const changes = latest.flatMap((cell) => changeOf(cell) ?? []);
  const rising = changes.filter((c) => c.totalDelta > 0).sort((a, b) => b.totalDelta - a.totalDelta);
  const falling = changes.filter((c) => c.totalDelta < 0).sort((a, b) => a.totalDelta - b.totalDelta);
  return {
    scope: "department",
    firstYear,
    lastYear,
    unitCount: table.rows.length,
    leader: leader ? { unitCode: leader.unitCode, total: leader.total } : null,
    mostImproved: rising[0] ?? null,
    mostDeclined: falling[0] ?? null,
  };
}
