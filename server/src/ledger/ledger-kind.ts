import type { FieldChecker } from "../common/field-checker.ts";
import type { LedgerEntryInput, LedgerRecord } from "./ledger.types.ts";

/**
 * What differs between the five ledgers (revenue, costs, callbacks, complaints, dispatches):
 * the table, the kind-specific columns and checks. Everything else — unit lookup, batch
 * validation, duplicate handling, paging — is shared by ledger.service.ts.
 */
export interface LedgerKind<Entry extends LedgerEntryInput, Record extends LedgerRecord> {
  /** Table name. */
  table: string;
  /** Kind-specific columns, as stored. */
  columns: string[];
  /** The kind-specific columns of an entry's row. */
  toRow(entry: Entry): { [column: string]: unknown };
  /** Kind-specific checks of an entry (shared checks are done already). */
  check(entry: Entry, check: FieldChecker): void;
  /** A stored row (shared columns mapped already) with its kind-specific fields. */
  fromRow(base: LedgerRecord, row: { [column: string]: unknown }): Record;
}
