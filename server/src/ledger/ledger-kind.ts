import type { FieldChecker } from "../common/field-checker.ts";
import type { LedgerEntryInput, LedgerRecord } from "./ledger.types.ts";

/**
 * What differs between the ledgers (revenue, costs, callbacks, complaints, dispatches): the table,
 * the kind-specific columns and the checks across fields. Everything else — field rules, unit
 * lookup, batch checks, duplicate handling, paging, scope — is shared by ledger.service.ts.
 */
export interface LedgerKind<Entry extends LedgerEntryInput, Record extends LedgerRecord> {
  /** Table name. */
  table: string;
  /** Kind-specific columns, as stored. */
  columns: string[];
  /** The kind-specific columns of an entry's row. */
  toRow(entry: Entry): { [column: string]: unknown };
  /** Checks across an entry's fields (field rules are on the input class). */
  check(entry: Entry, check: FieldChecker): void;
  /** A stored row (shared columns mapped already) with its kind-specific fields. */
  fromRow(base: LedgerRecord, row: { [column: string]: unknown }): Record;
}
