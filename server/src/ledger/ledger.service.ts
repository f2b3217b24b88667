import type { Knex } from "knex";
import { assertYearsOpen } from "../assessment/year-guard.ts";
import { requireVisibleUnit, visibleUnitOf } from "../auth/visibility.ts";
import type { Context } from "../common/context.ts";
import { yearOf } from "../common/calendar-date.ts";
import { InvalidInputError, type InvalidField } from "../common/errors.ts";
import { FieldChecker } from "../common/field-checker.ts";
import { checkPage, type Page, type PageInput } from "../common/pagination.ts";
import { findUnitsByCodes } from "../units/unit.repository.ts";
import { requireUnit } from "../units/unit.service.ts";
import type { LedgerKind } from "./ledger-kind.ts";
import { insertSkippingStoredReferences, selectLedgerPage, toLedgerRecord } from "./ledger.repository.ts";
import type { LedgerEntryInput, LedgerRecord, RecordFilter, RecordResult } from "./ledger.types.ts";

/** A batch larger than this is refused: split a year's import into several calls. */
export const MAX_BATCH = 5000;

/**
 * Validates every entry of a batch and stores all of them or none. Entries whose reference is
 * already stored are reported as duplicates and not stored again.
 */
export async function recordEntries<E extends LedgerEntryInput, R extends LedgerRecord>(
  knex: Knex,
  kind: LedgerKind<E, R>,
  entries: E[],
): Promise<RecordResult> {
  if (entries.length > MAX_BATCH) {
    throw new InvalidInputError([{ field: "entries", reason: `at most ${MAX_BATCH} entries per call (got ${entries.length})` }], "batch");
  }
  if (entries.length === 0) return { inserted: 0, duplicates: [] };

  const units = await findUnitsByCodes(
    knex,
    entries.map((e) => e.unitCode),
  );
  const unitIdByCode = new Map(units.map((u) => [u.code, Number(u.id)]));
  const invalid = validateEntries(kind, entries, unitIdByCode);
  if (invalid.length > 0) throw new InvalidInputError(invalid, "batch");
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
  return { inserted: stored.size, duplicates: entries.map((e) => e.reference).filter((r) => !stored.has(r)) };
}

export function validateEntries<E extends LedgerEntryInput>(
  kind: Pick<LedgerKind<E, never>, "check">,
  entries: E[],
  unitIdByCode: Map<string, number>,
): InvalidField[] {
  const invalid: InvalidField[] = [];
  const firstIndexOfReference = new Map<string, number>();
  entries.forEach((entry, index) => {
    const check = new FieldChecker(invalid, index);
    if (!unitIdByCode.has(entry.unitCode)) check.fail("unitCode", `no unit has the code "${entry.unitCode.slice(0, 40)}"`);
    check.reference("reference", entry.reference);
    const first = firstIndexOfReference.get(entry.reference);
    if (first !== undefined) check.fail("reference", `"${entry.reference.slice(0, 40)}" is also used by entry ${first} of this batch`);
    else firstIndexOfReference.set(entry.reference, index);
    kind.check(entry, check);
  });
  return invalid;
}

export async function listEntries<E extends LedgerEntryInput, R extends LedgerRecord>(
  context: Context,
  kind: LedgerKind<E, R>,
  filter: RecordFilter,
  page?: PageInput,
): Promise<Page<R>> {
  const { offset, limit } = checkPage(page);
  const invalid: InvalidField[] = [];
  const check = new FieldChecker(invalid);
  check.integerBetween("filter.year", filter.year, 2000, 2100);
  if (filter.month !== undefined && filter.month !== null) check.integerBetween("filter.month", filter.month, 1, 12);
  if (invalid.length > 0) throw new InvalidInputError(invalid, "filter");
  const { knex } = context;
  const named = filter.unitCode ? Number((await requireUnit(knex, filter.unitCode)).id) : undefined;
  if (named !== undefined) await requireVisibleUnit(context, filter.year, named);
  const unitId = named ?? (await visibleUnitOf(context, filter.year)) ?? undefined;
  const { rows, totalCount } = await selectLedgerPage(knex, kind.table, kind.columns, {
    year: filter.year,
    unitId,
    month: filter.month ?? undefined,
    offset,
    limit,
  });
  return { items: rows.map((row) => kind.fromRow(toLedgerRecord(row), row)), totalCount, offset, limit };
}
