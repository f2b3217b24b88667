/** No chart draws more than this many points; shaping functions thin longer series. */
export const MAX_CHART_POINTS = 1000;

/** Keeps at most `max` items, evenly spaced, always keeping the last one. */
export function thin<T>(items: T[], max = MAX_CHART_POINTS): T[] {
  if (items.length <= max) return items;
  const step = items.length / max;
  const kept: T[] = [];
  for (let i = 0; i < max - 1; i++) kept.push(items[Math.floor(i * step)]);
  kept.push(items[items.length - 1]);
  return kept;
}
