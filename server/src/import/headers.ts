import type { ImportColumn } from "./import-kind.ts";

/** How a header cell reads once width, case, spaces and a trailing unit in brackets are set aside. */
export function normalizeHeader(text: string): { key: string; wan: boolean } {
  const plain = text.normalize("NFKC").replace(/\s/g, "").toLowerCase();
  return { key: plain.replace(/\([^)]*\)$/, "").replace(/[:：*]$/, ""), wan: plain.includes("万元") };
}

/** Which column of the sheet feeds which field, and whether its amounts are in 万元. */
export interface HeaderMapping {
  /** 0-based cell position per field. */
  positions: Map<string, number>;
  wan: Set<string>;
  /** Every header cell of the row with the field it feeds (null: ignored). */
  headers: { position: number; header: string; field: string | null }[];
}

/**
 * Reads a row as a header row: each cell is matched against the kind's recognised headers, or the
 * user's mapping (header text → field) for anything else. A field named twice keeps its first column.
 */
export function mapHeaderRow(cells: string[], columns: ImportColumn[], mapping: Record<string, string> = {}): HeaderMapping {
  const userMapping = new Map(Object.entries(mapping).map(([header, field]) => [normalizeHeader(header).key, field]));
  const known = new Map<string, string>();
  for (const column of columns) for (const header of column.headers) known.set(normalizeHeader(header).key, column.field);
  const positions = new Map<string, number>();
  const wan = new Set<string>();
  const headers: HeaderMapping["headers"] = [];
  cells.forEach((cell, position) => {
    if (!cell) return;
    const { key, wan: inWan } = normalizeHeader(cell);
    const chosen = userMapping.has(key) ? userMapping.get(key) : known.get(key);
    const field = chosen && columns.some((c) => c.field === chosen) && !positions.has(chosen) ? chosen : null;
    headers.push({ position, header: cell, field });
    if (field) {
      positions.set(field, position);
      if (inWan) wan.add(field);
    }
  });
  return { positions, wan, headers };
}

/** Whether a mapped row carries every required field: then it is the header row. */
export function isHeaderRow(mapped: HeaderMapping, columns: ImportColumn[]): boolean {
  return columns.filter((c) => c.required).every((c) => mapped.positions.has(c.field));
}
