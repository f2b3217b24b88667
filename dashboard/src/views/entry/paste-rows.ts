import { newRow, type GridRow } from "./entry-grid.ts";
import type { ColumnSpec } from "./entry-kinds.ts";

/**
 * Rows copied from Excel arrive as tab-separated lines. A paste into a grid cell fills that cell
 * and the ones right of and below it, adding rows as needed, and reads the cells the way the
 * clerk's sheets write them: units by code or name, choices by code or label, dates as
 * 2025-03-07, 2025/3/7, 2025.3.7 or 2025年3月7日, amounts with thousands separators, booleans
 * as 是/否, √, 1/0 or true/false. What cannot be read is kept as typed, for the row check to name.
 */
export interface PasteLookup {
  /** The unit code for a code or a name (Chinese or English, full or short), or null. */
  unitCode: (text: string) => string | null;
  /** The labels of the choices, in every language, by code. */
  optionLabels: Record<string, readonly string[]>;
}

/** The pasted text as a grid of cells; a single cell without tabs or line breaks is no table. */
export function parseClipboardTable(text: string): string[][] | null {
  const trimmed = text.replace(/\r\n?/g, "\n").replace(/\n+$/, "");
  if (!trimmed.includes("\t") && !trimmed.includes("\n")) return null;
  return trimmed.split("\n").map((line) => line.split("\t").map(unquote));
}

/** Excel quotes a cell holding a line break or a quote: "a ""b""" → a "b". */
function unquote(cell: string): string {
  const c = cell.trim();
  return c.length >= 2 && c.startsWith('"') && c.endsWith('"') ? c.slice(1, -1).replace(/""/g, '"') : c;
}

const DATE_TEXT = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;
const TRUE_TEXT = new Set(["是", "√", "✓", "1", "true", "yes", "y", "x", "冲红"]);
const FALSE_TEXT = new Set(["否", "0", "false", "no", "n", ""]);

/** One pasted cell as the grid holds it for a column. */
export function readPastedCell(column: ColumnSpec, raw: string, lookup: PasteLookup): string {
  const text = raw.trim();
  switch (column.kind) {
    case "unit":
      return lookup.unitCode(text) ?? text;
    case "enum": {
      const lower = text.toLowerCase();
      const match = column.options?.find(
        (code) => code.toLowerCase() === lower || (lookup.optionLabels[code] ?? []).some((label) => label.toLowerCase() === lower),
      );
      return match ?? text;
    }
    case "date": {
      const m = DATE_TEXT.exec(text);
      return m ? `${m[1]}-${m[2].padStart(2, "0")}-${m[3].padStart(2, "0")}` : text;
    }
    case "month": {
      const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/.exec(text);
      return m ? `${m[1]}-${m[2].padStart(2, "0")}` : text;
    }
    case "count":
      return text.replace(/[,，\s户]/g, "");
    case "money":
      // "1,234.50" and "¥1,234.50" as Excel shows them; "(12.00)" is accounting's negative.
      return text.replace(/[,，\s¥￥]/g, "").replace(/^\((.*)\)$/, "-$1");
    case "bool": {
      const lower = text.toLowerCase();
      if (TRUE_TEXT.has(lower)) return "true";
      return FALSE_TEXT.has(lower) ? "" : text;
    }
    default:
      return text;
  }
}

/**
 * The rows after pasting `table` at row `startIndex`, column `startField`: cells beyond the last
 * column are dropped, rows beyond the last row are added (carrying the previous row's choices).
 */
export function pasteIntoRows(
  columns: readonly ColumnSpec[],
  rows: readonly GridRow[],
  startIndex: number,
  startField: string,
  table: readonly (readonly string[])[],
  lookup: PasteLookup,
): GridRow[] {
  const firstColumn = Math.max(
    0,
    columns.findIndex((c) => c.field === startField),
  );
  const next = rows.map((row) => ({ ...row, values: { ...row.values } }));
  table.forEach((cells, offset) => {
    const index = startIndex + offset;
    while (next.length <= index) next.push(newRow(columns, next[next.length - 1]));
    cells.forEach((cell, i) => {
      const column = columns[firstColumn + i];
      if (column) next[index].values[column.field] = readPastedCell(column, cell, lookup);
    });
  });
  return next;
}
