import type { Knex } from "knex";
import { noteChange } from "../audit/audit-change.ts";
import type { ViewerScope } from "../auth/viewer-scope.ts";
import { InvalidInputError, type InvalidField, invalidField } from "../common/errors.ts";
import { FieldChecker } from "../common/field-checker.ts";
import type { Page, PageInput } from "../common/pagination.ts";
import { collectInvalid } from "../common/validation.ts";
import { findUnitsByCodes } from "../units/unit.repository.ts";
import { requireUnit } from "../units/unit.service.ts";
import { assertYearsOpen } from "../years/finalized-years.ts";
import { yearOf } from "../years/year.ts";
import { batchSummary } from "./batch-summary.ts";
import type { LedgerKind } from "./ledger-kind.ts";
import { insertSkippingStoredReferences, selectLedgerPage, toLedgerRecord } from "./ledger.repository.ts";
import type { LedgerEntryInput, LedgerRecord, RecordFilter, RecordResult } from "./ledger.types.ts";

/** A batch larger than this is refused: split a year's import into several calls. */
export const MAX_BATCH = 5000;

/**
 * Stores a batch all or nothing. Every problem of every entry is reported at once: the field
 * rules of the input class, the kind's checks across fields, unknown units and references
 * repeated within the batch. Entries whose reference is already stored are reported as
 * duplicates and not stored again.
 */
export async function recordEntries<E extends LedgerEntryInput, R extends LedgerRecord>(
  knex: Knex,
  kind: LedgerKind<E, R>,
  entries: E[],
): Promise<RecordResult> {
  if (entries.length > MAX_BATCH) throw invalidField("entries", "BATCH_TOO_LARGE", { max: MAX_BATCH, got: entries.length });
  if (entries.length === 0) return { inserted: 0, duplicates: [] };

  const units = await findUnitsByCodes(
    knex,
    entries.map((e) => e.unitCode),
  );
  const unitIdByCode = new Map(units.map((u) => [u.code, Number(u.id)]));
  const invalid = [...(await collectInvalid(entries)), ...validateBatch(kind, entries, unitIdByCode)];
  if (invalid.length > 0) throw new InvalidInputError(sortByEntry(invalid));
  await assertYearsOpen(
    knex,
    entries.map((e) => yearOf(e.date)),
  );

  const rows = entries.map((entry) => ({
    unit_id: unitIdByCode.get(entry.unitCode)!,
    record_date: entry.date,
    reference: entry.reference,
    ...kind.toRow(entry),
  }));
  const stored = await knex.transaction((trx) => insertSkippingStoredReferences(trx, kind.table, rows));
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

const sortByEntry = (invalid: InvalidField[]) => [...invalid].sort((a, b) => (a.index ?? -1) - (b.index ?? -1));

/** The checks across a batch and its stored context: units, repeated references, the kind's own. */
export function validateBatch<E extends LedgerEntryInput>(
  kind: Pick<LedgerKind<E, never>, "check">,
  entries: E[],
  unitIdByCode: Map<string, number>,
): InvalidField[] {
  const invalid: InvalidField[] = [];
  const firstIndexOfReference = new Map<string, number>();
  entries.forEach((entry, index) => {
    const check = new FieldChecker(invalid, index);
    if (!unitIdByCode.has(entry.unitCode)) check.fail("unitCode", "UNKNOWN_UNIT", { unit: entry.unitCode.slice(0, 40) });
    const first = firstIndexOfReference.get(entry.reference);
    if (first !== undefined) check.fail("reference", "DUPLICATE_IN_BATCH", { reference: entry.reference.slice(0, 40), row: first + 1 });
    else firstIndexOfReference.set(entry.reference, index);
    kind.check(entry, check);
  });
  return invalid;
}

/** A page of the records the scope may read (a station head: their own unit's of an open year). */
export async function listEntries<E extends LedgerEntryInput, R extends LedgerRecord>(
  knex: Knex,
  scope: ViewerScope,
  kind: LedgerKind<E, R>,
  filter: RecordFilter,
  page?: PageInput,
): Promise<Page<R>> {
  const offset = page?.offset ?? 0;
  const limit = page?.limit ?? 100;
  const named = filter.unitCode ? Number((await requireUnit(knex, filter.unitCode)).id) : undefined;
  if (named !== undefined) await scope.requireUnit(filter.year, named);
  const { rows, totalCount } = await selectLedgerPage(knex, scope, kind.table, kind.columns, {
    year: filter.year,
    unitId: named,
    month: filter.month ?? undefined,
    offset,
    limit,
  });
  return { items: rows.map((row) => kind.fromRow(toLedgerRecord(row), row)), totalCount, offset, limit };
}
