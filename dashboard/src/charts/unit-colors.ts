/**
 * One colour per unit in every chart, table swatch and legend, so 城北 is always the same blue.
 * Units added later get a fallback colour derived from their code (stable across views).
 */
export const UNIT_COLORS: Record<string, string> = {
  north: "#2563eb",
  south: "#dc6803",
  east: "#059669",
  hall: "#7c3aed",
  collective: "#db2777",
};

export const FALLBACK_PALETTE = ["#0891b2", "#65a30d", "#b45309", "#4f46e5", "#be123c", "#0d9488", "#a16207", "#6d28d9"];

/** Stable string hash (FNV-1a), so a code maps to the same fallback colour everywhere. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function unitColor(code: string): string {
  return UNIT_COLORS[code] ?? FALLBACK_PALETTE[hash(code) % FALLBACK_PALETTE.length];
}

/** Colours of the four dimensions (stacked bars, radar axes legends). */
export const DIMENSION_COLORS: Record<string, string> = {
  REVENUE: "#2563eb",
  COST: "#0d9488",
  SATISFACTION: "#f59e0b",
  COOPERATION: "#a855f7",
};

export function dimensionColor(dimension: string): string {
  return DIMENSION_COLORS[dimension] ?? "#64748b";
}
