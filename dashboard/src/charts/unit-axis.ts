/**
 * Sizing for charts with one category per unit. A handful of units (the company has five) keeps
 * the roomy layout; up to MAX_BAR_UNITS needs tighter rows and upright names to stay readable.
 */

/** Up to this many units the names along the bottom sit level and the bar rows stay roomy. */
export const ROOMY_UNITS = 12;

/** Longest name under an upright tick; the tooltip and the table show the full name. */
const UPRIGHT_NAME_CHARS = 8;

export function shortUnitName(name: string, max = UPRIGHT_NAME_CHARS): string {
  const chars = [...name];
  return chars.length <= max ? name : `${chars.slice(0, max - 1).join("")}…`;
}

/**
 * XAxis props for unit names along the bottom: level for a few units, upright and smaller for
 * many, so forty names fit under forty bars of a half-width card without overlapping.
 */
export function unitCategoryAxis(count: number, unitName: (code: string) => string = (code) => code) {
  if (count <= ROOMY_UNITS) return { tick: { fontSize: 12 }, tickFormatter: unitName, interval: 0 as const };
  return {
    tick: { fontSize: 10 },
    tickFormatter: (code: string) => shortUnitName(unitName(code)),
    interval: 0 as const,
    angle: -90,
    textAnchor: "end" as const,
    verticalAnchor: "middle" as const,
    height: 84,
  };
}

/**
 * Height of a horizontal bar chart with a row per unit: `roomyRow` pixels per unit for a few
 * units, `tightRow` past ROOMY_UNITS, so forty units take a screen rather than three.
 */
export function unitRowsHeight(count: number, roomyRow: number, tightRow = 22, min = 220): number {
  const row = count <= ROOMY_UNITS ? roomyRow : Math.min(roomyRow, tightRow);
  return Math.max(min, count * row + 40);
}
