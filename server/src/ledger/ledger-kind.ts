import type { FieldChecker } from "../common/field-checker.ts";
import type { LedgerEntryInput, LedgerRecord, RecordKind } from "./ledger.types.ts";

/** The PostgreSQL type of a stored column, for bulk statements (jsonb_to_recordset). */
export type ColumnType = "text" | "numeric" | "boolean" | "int" | "date";

/**
 * What differs between the ledgers (revenue, costs, callbacks, complaints, dispatches): the table,
 * the kind-specific columns and the checks across fields. Everything else — field rules, unit
 * lookup, batch checks, duplicate handling, corrections, voiding, paging, scope — is shared by
 * ledger.service.ts, and the import service stores through the same functions.
 */
export interface LedgerKind<Entry extends LedgerEntryInput, Record extends LedgerRecord> {
  kind: RecordKind;
  /** Table name. */
  table: string;
  /** Kind-specific columns as stored, with their types. */
  columns: { [column: string]: ColumnType };
  /** The kind-specific columns of an entry's row. */
  toRow(entry: Entry): { [column: string]: unknown };
  /** Checks across an entry's fields (field rules are on the input class). */
  check(entry: Entry, check: FieldChecker): void;
  /** A stored row (shared columns mapped already) with its kind-specific fields. */
  fromRow(base: LedgerRecord, row: { [column: string]: unknown }): Record;
  /** What RecordFilter.category matches: a column and its values, or a condition per value. */
  category: { column: string; values: readonly string[] } | { conditions: { [value: string]: string } };
  /** Revenue and costs: an amount column, and corrections (冲红) linked to the record they correct. */
  money?: boolean;
  /** Callbacks, complaints and dispatches: a record entered by mistake is voided. */
  voidable?: boolean;
}

// biome-ignore lint/suspicious/noExplicitAny: a registry of kinds of every entry and record type
export type AnyLedgerKind = LedgerKind<any, any>;
