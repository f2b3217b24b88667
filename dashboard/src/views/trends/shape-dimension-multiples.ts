import { trendSeries, type TrendPointInput, type TrendSeries } from "./shape-trend-series.ts";

export const DIMENSIONS = ["REVENUE", "COST", "SATISFACTION", "COOPERATION"] as const;
export type DimensionKey = (typeof DIMENSIONS)[number];

export interface DimensionPanel extends TrendSeries {
  dimension: DimensionKey;
  /** The y-axis domain shared by all panels, so heights compare across dimensions. */
  domain: [number, number];
  /** Ticks every 20 points: few enough for a small chart, round enough to read. */
  ticks: number[];
}

/**
 * One small chart per dimension, each with a line per unit across the years. A score that did not
 * apply (cost with a zero budget) is null: a gap, not a zero. All panels share one y-domain —
 * from a multiple of 20 under the lowest score to the highest cap reached — so a glance across
 * the row compares like with like.
 */
export function dimensionMultiples(points: readonly TrendPointInput[]): DimensionPanel[] {
  const scores = points.flatMap((p) => p.scores.map((s) => s.score)).filter((s): s is number => s !== null);
  const low = scores.length === 0 ? 0 : Math.max(0, Math.floor(Math.min(...scores) / 20) * 20);
  const high = scores.length === 0 ? 100 : Math.max(100, Math.ceil(Math.max(...scores) / 20) * 20);
  const ticks = Array.from({ length: (high - low) / 20 + 1 }, (_, i) => low + i * 20);
  return DIMENSIONS.map((dimension) => ({
    dimension,
    domain: [low, high] as [number, number],
    ticks,
    ...trendSeries(points, (p) => p.scores.find((s) => s.dimension === dimension)?.score ?? null),
  }));
}
