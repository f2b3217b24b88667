import type { Knex } from "knex";
import { noteChange } from "../audit/audit-change.ts";
import type { ViewerScope } from "../auth/viewer-scope.ts";
import { checkFirst, type Connection, decodeCursor, encodeCursor } from "../common/connection.ts";
import { DomainError, InvalidInputError, type InvalidField, invalidField, NotFoundError } from "../common/errors.ts";
import { FieldChecker } from "../common/field-checker.ts";
import { collectInvalid } from "../common/validation.ts";
import { findUnitsByCodes } from "../units/unit.repository.ts";
import { requireUnit } from "../units/unit.service.ts";
import { assertYearsOpen } from "../years/finalized-years.ts";
import { yearOf, yearRange } from "../years/year.ts";
import { batchSummary } from "./batch-summary.ts";
import { checkCorrections } from "./corrections.ts";
import type { AnyLedgerKind, LedgerKind } from "./ledger-kind.ts";
import {
  findByReference,
  insertRows,
  type LedgerRow,
  markVoided,
  type RecordQuery,
  selectByReferences,
  selectRecords,
  toLedgerRecord,
} from "./ledger.repository.ts";
import { type LedgerEntryInput, type LedgerRecord, type MoneyEntry, type RecordFilter, RecordOrder, type RecordResult } from "./ledger.types.ts";

/** A batch larger than this is refused by the GraphQL door: split it, or import the file (POST /api/import). */
export const MAX_BATCH = 5000;

/**
 * Stores a batch all or nothing. Every problem of every entry is reported at once: the field
 * rules of the input class, the kind's checks across fields, unknown units, references
 * repeated within the batch and corrections that do not fit what they correct. Entries whose
 * reference is already stored are reported as duplicates and not stored again.
 */
export async function recordEntries<E extends LedgerEntryInput, R extends LedgerRecord>(
  knex: Knex,
  kind: LedgerKind<E, R>,
  entries: E[],
): Promise<RecordResult> {
  if (entries.length > MAX_BATCH) throw invalidField("entries", "BATCH_TOO_LARGE", { max: MAX_BATCH, got: entries.length });
  if (entries.length === 0) return { inserted: 0, duplicates: [] };
  const unitIdByCode = await unitIdsByCode(
    knex,
    entries.map((e) => e.unitCode),
  );
  const invalid = await validateEntries(kind, entries, unitIdByCode);
  if (invalid.length > 0) throw new InvalidInputError(sortByEntry(invalid));
  await assertYearsOpen(
    knex,
    entries.map((e) => yearOf(e.date)),
  );
  const stored = await knex.transaction(async (trx) => {
    const already = new Set(
      (
        await selectByReferences(
          trx,
          kind,
          entries.map((e) => e.reference),
        )
      ).keys(),
    );
    return storeEntries(trx, kind, entries, unitIdByCode, already);
  });
  const duplicates = entries.map((e) => e.reference).filter((r) => !stored.has(r));
  noteChange(
    batchSummary(
      kind.table,
      entries.filter((e) => stored.has(e.reference)),
      duplicates.length,
    ),
  );
  return { inserted: stored.size, duplicates };
}

export async function unitIdsByCode(knex: Knex, codes: string[]): Promise<Map<string, number>> {
  const units = await findUnitsByCodes(knex, [...new Set(codes)]);
  return new Map(units.map((u) => [u.code, Number(u.id)]));
}

/** The field rules and the batch rules of a batch, every problem of every entry (index = position). */
export async function validateEntries<E extends LedgerEntryInput>(
  kind: AnyLedgerKind,
  entries: E[],
  unitIdByCode: Map<string, number>,
): Promise<InvalidField[]> {
  return [...(await collectInvalid(entries)), ...validateBatch(kind, entries, unitIdByCode)];
}

/**
 * Inside the storing transaction: checks the batch's corrections against the (locked) records
 * they correct, then inserts every entry not already stored. Refuses the whole batch if a
 * correction does not fit, so the caller's transaction stores nothing.
 */
export async function storeEntries<E extends LedgerEntryInput>(
  trx: Knex.Transaction,
  kind: AnyLedgerKind,
  entries: E[],
  unitIdByCode: Map<string, number>,
  alreadyStored: Set<string>,
  onProgress?: (stored: number) => void,
): Promise<Set<string>> {
  if (kind.money) {
    const invalid = await checkCorrections(trx, kind.table, entries as unknown as MoneyEntry[], unitIdByCode, alreadyStored, true);
    if (invalid.length > 0) throw new InvalidInputError(sortByEntry(invalid));
  }
  const rows: LedgerRow[] = [];
  for (const entry of entries) {
    if (alreadyStored.has(entry.reference)) continue;
    rows.push({
      unit_id: unitIdByCode.get(entry.unitCode)!,
      record_date: entry.date,
      reference: entry.reference,
      ...kind.toRow(entry),
      ...(kind.money ? { corrects: (entry as unknown as MoneyEntry).corrects ?? null } : {}),
    });
  }
  return insertRows(trx, kind, rows, onProgress);
}

export const sortByEntry = (invalid: InvalidField[]) => [...invalid].sort((a, b) => (a.index ?? -1) - (b.index ?? -1));

/** The checks across a batch and its stored context: units, repeated references, the kind's own. */
export function validateBatch<E extends LedgerEntryInput>(
  kind: Pick<AnyLedgerKind, "check" | "money">,
  entries: E[],
  unitIdByCode: Map<string, number>,
): InvalidField[] {
  const invalid: InvalidField[] = [];
  const firstIndexOfReference = new Map<string, number>();
  entries.forEach((entry, index) => {
    const check = new FieldChecker(invalid, index);
    // A linked correction is a correction, whether or not the flag was given.
    if (kind.money && (entry as unknown as MoneyEntry).corrects) (entry as unknown as MoneyEntry).correction = true;
    if (!unitIdByCode.has(entry.unitCode)) check.fail("unitCode", "UNKNOWN_UNIT", { unit: String(entry.unitCode).slice(0, 40) });
    const first = firstIndexOfReference.get(entry.reference);
    if (first !== undefined) check.fail("reference", "DUPLICATE_IN_BATCH", { reference: String(entry.reference).slice(0, 40), row: first + 1 });
    else firstIndexOfReference.set(entry.reference, index);
    kind.check(entry, check);
  });
  return invalid;
}

const nextDay = (date: string) => {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
};

/** The records the scope may read that match the filter, a page in keyset order, with the whole set's count and sum. */
export async function listRecords<R extends LedgerRecord>(
  knex: Knex,
  scope: ViewerScope,
  kind: AnyLedgerKind,
  filter: RecordFilter | null | undefined,
  orderBy: RecordOrder | null | undefined,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<Connection<R>> {
  const query = await recordQuery(knex, scope, kind, filter, orderBy, checkFirst(first), after);
  const { rows, totalCount, sum } = await selectRecords(knex, scope, kind, query);
  const page = rows.slice(0, query.first);
  const edges = page.map((row) => ({
    node: kind.fromRow(toLedgerRecord(row), row) as R,
    cursor: encodeCursor(String(row.sort_value), Number(row.id)),
  }));
  return { edges, pageInfo: { hasNextPage: rows.length > query.first, endCursor: edges.at(-1)?.cursor ?? null }, totalCount, sum };
}

/**
 * Every record matching the filter, page by page in keyset order (for the streamed exports: no
 * count or sum per page, and never more than one page in memory).
 */
export async function* allRecords<R extends LedgerRecord>(
  knex: Knex,
  scope: ViewerScope,
  kind: AnyLedgerKind,
  filter: RecordFilter,
  orderBy?: RecordOrder,
): AsyncGenerator<R[]> {
  const query = await recordQuery(knex, scope, kind, filter, orderBy, 5000, null);
  for (;;) {
    const { rows } = await selectRecords(knex, scope, kind, query, false);
    const page = rows.slice(0, query.first);
    if (page.length > 0) yield page.map((row) => kind.fromRow(toLedgerRecord(row), row) as R);
    if (rows.length <= query.first) return;
    const last = page.at(-1)!;
    query.after = { sortValue: String(last.sort_value), id: Number(last.id) };
  }
}

async function recordQuery(
  knex: Knex,
  scope: ViewerScope,
  kind: AnyLedgerKind,
  filter: RecordFilter | null | undefined,
  orderBy: RecordOrder | null | undefined,
  limit: number,
  after: string | null | undefined,
): Promise<RecordQuery> {
  const f = filter ?? {};
  const order = orderBy ?? RecordOrder.DATE_ASC;
  const byAmount = order === RecordOrder.AMOUNT_ASC || order === RecordOrder.AMOUNT_DESC;
  if (byAmount && !kind.money) throw invalidField("orderBy", "NOT_ALLOWED_HERE", { got: order });
  if (f.net && !kind.money) throw invalidField("net", "NOT_ALLOWED_HERE", { got: "true" });

  const query: RecordQuery = {
    conditions: [],
    sortColumn: byAmount ? "amount" : "record_date",
    descending: order === RecordOrder.DATE_DESC || order === RecordOrder.AMOUNT_DESC,
    first: limit,
    net: Boolean(f.net),
    after: after ? decodeCursor(after) : undefined,
  };
  const bounds: string[][] = [];
  if (f.year !== null && f.year !== undefined) {
    query.year = f.year;
    bounds.push(yearRange(f.year));
  }
  const from = [f.from, ...bounds.map((b) => b[0])].filter((d): d is string => Boolean(d)).sort();
  const to = [f.to ? nextDay(f.to) : undefined, ...bounds.map((b) => b[1])].filter((d): d is string => Boolean(d)).sort();
  query.from = from.at(-1);
  query.to = to[0];

  if (f.unitCode) {
    query.unitId = Number((await requireUnit(knex, f.unitCode)).id);
    if (query.year !== undefined) await scope.requireUnit(query.year, query.unitId);
  }
  if (f.category) query.conditions.push(categoryCondition(kind, f.category));
  if (f.referenceContains)
    query.conditions.push({ sql: "t.reference ilike ? escape '\\'", bindings: [`%${f.referenceContains.replace(/[\\%_]/g, "\\$&")}%`] });
  if (f.correctionsOnly) query.conditions.push({ sql: kind.money ? "t.is_correction" : "t.voided_at is not null", bindings: [] });
  if (f.net) query.conditions.push({ sql: "t.corrects_id is null", bindings: [] });
  return query;
}

function categoryCondition(kind: AnyLedgerKind, value: string): { sql: string; bindings: unknown[] } {
  const category = kind.category;
  if ("column" in category) {
    if (!category.values.includes(value))
      throw invalidField("category", "UNKNOWN_VALUE", { got: value.slice(0, 40), allowed: category.values.join(", ") });
    return { sql: `t.${category.column} = ?`, bindings: [value] };
  }
  const sql = category.conditions[value];
  if (!sql) throw invalidField("category", "UNKNOWN_VALUE", { got: value.slice(0, 40), allowed: Object.keys(category.conditions).join(", ") });
  return { sql, bindings: [] };
}

/**
 * Voids a callback, complaint or dispatch recorded by mistake: kept and shown, marked with who,
 * when and why, and excluded from every figure (totals/ledger-aggregates.ts). Refused in a
 * finalised year, for a record already voided, and for money records (they are corrected).
 */
export async function voidRecord(knex: Knex, kind: AnyLedgerKind, reference: string, reason: string, actor: string): Promise<boolean> {
  const invalid: InvalidField[] = [];
  const check = new FieldChecker(invalid);
  if (!kind.voidable) check.fail("kind", "NOT_ALLOWED_HERE", { got: kind.kind });
  check.text("reason", reason, { max: 500 });
  if (invalid.length > 0) throw new InvalidInputError(invalid);
  const record = await findByReference(knex, kind.table, reference);
  if (!record) throw new NotFoundError("RECORD_NOT_FOUND", { reference: reference.slice(0, 100) });
  await assertYearsOpen(knex, [yearOf(record.record_date)]);
  if (record.voided_at || !(await markVoided(knex, kind.table, record.id, actor, reason.trim()))) {
    throw new DomainError("CONFLICT", "ALREADY_VOIDED", { reference: reference.slice(0, 100) });
  }
  return true;
}
