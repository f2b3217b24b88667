import { yearOverYear } from "./shape-year-over-year.ts";
import type { TrendPointInput } from "./shape-trend-series.ts";

export interface UnitChange {
  unitCode: string;
  total: number;
  totalDelta: number;
  rankDelta: number | null;
}

export interface TrendHighlights {
  firstYear: number;
  lastYear: number;
  unitCount: number;
  /** The latest year's first place (the first by unit order when tied). */
  leader: { unitCode: string; total: number } | null;
  /** Largest rise and largest fall of the total into the latest year; null when nobody rose (fell). */
  mostImproved: UnitChange | null;
  mostDeclined: UnitChange | null;
}

/**
 * The three facts a manager looks for first across the years: who leads now, who improved most
 * and who slipped most since the year before.
 */
export function trendHighlights(points: readonly TrendPointInput[]): TrendHighlights | null {
  const table = yearOverYear(points);
  if (table.years.length === 0) return null;
  const last = table.years.length - 1;
  const latest = table.rows.flatMap((row) => {
    const cell = row.cells[last];
    return cell ? [{ unitCode: row.unitCode, ...cell }] : [];
  });
  const leader = latest.reduce<(typeof latest)[number] | null>((best, cell) => (!best || cell.rank < best.rank ? cell : best), null);
  const changes = latest.flatMap((cell) =>
    cell.totalDelta === null ? [] : [{ unitCode: cell.unitCode, total: cell.total, totalDelta: cell.totalDelta, rankDelta: cell.rankDelta }],
  );
  const rising = changes.filter((c) => c.totalDelta > 0).sort((a, b) => b.totalDelta - a.totalDelta);
  const falling = changes.filter((c) => c.totalDelta < 0).sort((a, b) => a.totalDelta - b.totalDelta);
  return {
    firstYear: table.years[0],
    lastYear: table.years[last],
    unitCount: table.rows.length,
    leader: leader ? { unitCode: leader.unitCode, total: leader.total } : null,
    mostImproved: rising[0] ?? null,
    mostDeclined: falling[0] ?? null,
  };
}
