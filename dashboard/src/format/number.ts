/** A score or total with two decimals: 92.3 → "92.30"; null (not applicable) → "—". */
export function formatScore(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? "—" : value.toFixed(2);
}

/** A percentage already in percent: 108 → "108.00%". */
export function formatPercent(value: number | null | undefined, decimals = 2): string {
  return value === null || value === undefined || !Number.isFinite(value) ? "—" : `${value.toFixed(decimals)}%`;
}

/** A contract rate (percent with up to 2 decimals, trailing zeros dropped): 30 → "30%", 1.5 → "1.5%". */
export function formatRate(value: number): string {
  return `${Number(value.toFixed(2))}%`;
}

/** A share 0–1 as a percentage: 0.6 → "60%". */
export function formatShare(value: number): string {
  return `${Number((value * 100).toFixed(2))}%`;
}

/** A rank change with a sign and arrow: 2 → "↑2", -1 → "↓1", 0 → "—". */
export function formatRankChange(change: number | null | undefined): string {
  if (!change) return "—";
  return change > 0 ? `↑${change}` : `↓${-change}`;
}
