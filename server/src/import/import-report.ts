/** The check report of POST /api/import and `pnpm run import --json` (the shape API.md fixes, plus counts and the preview). */
export interface ImportReport {
  kind: string;
  fileName: string;
  sha256: string;
  /** The sheet read (CSV: "CSV"), and every sheet of the workbook. */
  sheet: string | null;
  sheets: string[];
  /** Data rows read below the header (empty rows and 合计 rows not counted). */
  rows: number;
  /** Rows without errors or conflicts (duplicates included). */
  valid: number;
  inserted: number;
  /** Whether this call stored the file (false for a check, or when anything is wrong). */
  stored: boolean;
  dryRun: boolean;
  /** References already stored with the same content (or repeated identically in the file): skipped. At most 1000 listed. */
  duplicates: string[];
  duplicateCount: number;
  /** A reference stored, or repeated in the file, with other content: an error. At most 1000 listed. */
  conflicts: { row: number; reference: string; code: string; reason: string }[];
  conflictCount: number;
  /** Bad cells and rows, as Excel shows them (row 1-based counting the header). At most 1000 listed. */
  invalid: { sheet: string; row: number; column: string; field: string; value: string; code: string; reason: string }[];
  invalidCount: number;
  /** Per unit and category (or outcome): how many valid rows and their sum (yuan, null for counted kinds). */
  totals: { unitCode: string; category: string | null; count: number; amount: string | null }[];
  /** The header row as read: each column, its header and the field it feeds (null: ignored). */
  columns: { column: string; header: string; field: string | null }[];
  /** The fields the kind reads, for the column-mapping step. */
  fields: { field: string; required: boolean; headers: string[] }[];
  /** The first rows, and the bad ones, as read (cell texts by field). */
  preview: { row: number; values: Record<string, string>; invalid: boolean }[];
  /** When this very file (same sha256) was imported before as the same kind. */
  alreadyImported: { at: string; actor: string; fileName: string; inserted: number } | null;
}
