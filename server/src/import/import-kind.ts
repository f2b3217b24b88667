import type { Decimal } from "decimal.js";
import type { Knex } from "knex";
import type { ClassType } from "type-graphql";
import type { InvalidField } from "../common/errors.ts";
import type { Cell } from "./cells.ts";

/** What a file can be imported as (the `kind` of POST /api/import and `pnpm run import`). */
export const IMPORT_KIND_NAMES = ["revenue", "costs", "callbacks", "complaints", "dispatches", "contracts", "households", "arrears"] as const;
export type ImportKindName = (typeof IMPORT_KIND_NAMES)[number];

export interface ImportContext {
  /** The unit code a cell names (code or name), or null. */
  unit(text: string): string | null;
  /** The year a file without a year column belongs to (contracts, arrears; a register row giving only the month). */
  year?: number;
}

/** One field an import fills from a column. */
export interface ImportColumn {
  /** The input field, e.g. unitCode. */
  field: string;
  /** Headers recognised for it, Chinese and English (compared without case, spaces or a bracketed unit). */
  headers: readonly string[];
  required: boolean;
  /** The cell's value for the input; `wan` when the header says 万元. Throws CellError. */
  parse(cell: Cell, wan: boolean, context: ImportContext): unknown;
}

/** An entry's contribution to the check report's totals. */
export interface EntryTotals {
  unitCode: string;
  category: string | null;
  amount: Decimal | null;
}

/**
 * One kind of import: which columns it reads, and how its entries are validated, compared with
 * what is stored and stored. The ledgers share one implementation (ledger-import.ts) over their
 * LedgerKind, so an import refuses exactly what the GraphQL batch refuses; a new kind (households,
 * arrears) is one more small file in kinds/.
 */
export interface ImportKind<E extends object = object> {
  name: ImportKindName;
  columns: ImportColumn[];
  entryType: ClassType<E>;
  /** What identifies an entry: its reference (a contract: unit and year). */
  keyOf(entry: E): string;
  totalsOf(entry: E): EntryTotals;
  /** The entry's stored content, field by field as text, to tell a duplicate from a conflict. */
  contentOf(entry: E): Record<string, string>;
  /** Field rules and batch rules; `index` is the entry's position. */
  validate(knex: Knex, entries: E[]): Promise<InvalidField[]>;
  /** Rules against what is stored (a correction and what it corrects); entries already stored are skipped. */
  validateStored(knex: Knex, entries: E[], alreadyStored: Set<string>): Promise<InvalidField[]>;
  /** The years the entries belong to (refused when finalised). */
  yearOf(entry: E): number;
  /** The stored content of the keys among these entries that are stored already. */
  storedContent(knex: Knex, entries: E[]): Promise<Map<string, Record<string, string>>>;
  /** Stores every entry not already stored, inside the transaction; returns the keys stored. */
  store(trx: Knex.Transaction, entries: E[], alreadyStored: Set<string>, onProgress: (done: number) => void): Promise<Set<string>>;
}

// biome-ignore lint/suspicious/noExplicitAny: a registry of kinds of every entry type
export type AnyImportKind = ImportKind<any>;
