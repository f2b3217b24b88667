import type { Knex } from "knex";
import { noteChange } from "../audit/audit-change.ts";
import { Role } from "../auth/role.ts";
import type { ViewerScope } from "../auth/viewer-scope.ts";
import { hasRole, type Viewer } from "../auth/viewer.ts";
import { DomainError, InvalidInputError, type InvalidField, invalidField, NotFoundError } from "../common/errors.ts";
import { FieldChecker } from "../common/field-checker.ts";
import { collectInvalid } from "../common/validation.ts";
import { sortByEntry, unitIdsByCode } from "../ledger/ledger.service.ts";
import type { RecordResult } from "../ledger/ledger.types.ts";
import { requireUnit } from "../units/unit.service.ts";
import { assertYearsOpen } from "../years/finalized-years.ts";
import { yearOf } from "../years/year.ts";
import { ArrearsStatus, type AgingBucket, type DunningMethod } from "./arrears.enums.ts";
import type { ArrearsHouseholdInput, ArrearsStatusInput, DunningInput } from "./arrears.input.ts";
import {
  householdContent,
  householdKey,
  storeArrearsHouseholds,
  storedArrearsHouseholds,
  storedDunning,
  storeDunning,
  validateArrearsHouseholds,
  validateDunning,
  dunningKey,
} from "./arrears-register.ts";
import { agingByUnit, type DunningRow, dunningMonths, findDunning, findHouseholds, type HouseholdRow, updateStatus } from "./arrears.repository.ts";
import type { ArrearsAging, ArrearsHousehold, DunningAction, DunningMonth } from "./arrears.type.ts";
import { agingBucket, maskAddress, maskContact, maskName } from "./collection-rules.ts";

const MAX_BATCH = 5000;

/**
 * Whether a viewer reads a unit's households' personal data (name, contact, address) in full:
 * administrators, the clerk and the unit's own head; everyone else reads it masked (§9).
 */
export function readsPersonalData(viewer: Viewer | null, unitId: number): boolean {
  if (hasRole(viewer, Role.ADMIN, Role.CLERK)) return true;
  return hasRole(viewer, Role.STATION_HEAD) && viewer?.unitId === unitId;
}

/**
 * The units whose households a viewer may list: every unit for the roles that read every unit, a
 * station head's own unit only — in every year, finalised or not (the households are personal data).
 */
export function householdUnits(scope: ViewerScope): number[] | null {
  if (scope.readsEveryUnit) return null;
  return scope.viewer?.unitId ? [scope.viewer.unitId] : [];
}

/** A household as this viewer may see it: personal data masked unless readsPersonalData. */
export function presentHousehold(row: HouseholdRow, viewer: Viewer | null): ArrearsHousehold {
  const full = readsPersonalData(viewer, row.unit_id);
  return {
    unitId: row.unit_id,
    id: row.id,
    year: row.year,
    reference: row.reference,
    name: full ? row.name : maskName(row.name),
    contact: full ? row.contact : maskContact(row.contact),
    address: full ? row.address : maskAddress(row.address),
    masked: !full,
    yearsInArrears: Number(row.years_in_arrears),
    aging: agingBucket(row.years_in_arrears) as AgingBucket,
    amountOwed: row.amount_owed,
    amountPaid: row.amount_paid,
    outstanding: row.outstanding,
    status: row.status as ArrearsStatus,
    statusReason: row.status_reason,
    dunningCount: row.dunning_count,
  };
}

export const toDunningAction = (row: DunningRow): DunningAction => ({
  id: row.id,
  householdId: row.household_id,
  year: row.year,
  date: row.action_date,
  method: row.method as DunningMethod,
  outcome: row.outcome,
  amountPaid: row.amount_paid,
});

/** The unit named (refused when the viewer may not list its households) or the viewer's units. */
async function unitsFor(knex: Knex, allowed: number[] | null, unitCode: string | null | undefined): Promise<number[] | null> {
  if (!unitCode) return allowed;
  const unitId = Number((await requireUnit(knex, unitCode)).id);
  if (allowed !== null && !allowed.includes(unitId)) throw new DomainError("FORBIDDEN", "OWN_UNIT_HOUSEHOLDS_ONLY", {}, { unitCode });
  return [unitId];
}

export interface HouseholdQuery {
  year: number;
  unitCode?: string | null;
  status?: ArrearsStatus | null;
  aging?: AgingBucket | null;
}

/** 欠费户 of a year the viewer may list, personal data masked as §9 says. */
export async function listHouseholds(knex: Knex, scope: ViewerScope, query: HouseholdQuery): Promise<ArrearsHousehold[]> {
  const units = await unitsFor(knex, householdUnits(scope), query.unitCode);
  const rows = await findHouseholds(knex, { year: query.year, units, status: query.status, aging: query.aging });
  return rows.map((row) => presentHousehold(row, scope.viewer));
}

/** 催缴记录 of a year the viewer may list (optionally of one unit or household), in date order. */
export async function listDunning(
  knex: Knex,
  scope: ViewerScope,
  year: number,
  unitCode: string | null | undefined,
  reference: string | null | undefined,
): Promise<DunningAction[]> {
  const units = await unitsFor(knex, householdUnits(scope), unitCode);
  const rows = await findDunning(knex, { year, units, ...(reference ? { reference } : {}) });
  return rows.map(toDunningAction);
}

/** 账龄 per unit and bucket (no personal data: the usual viewer scope). */
export async function arrearsAging(knex: Knex, scope: ViewerScope, year: number, unitCode: string | null | undefined): Promise<ArrearsAging[]> {
  const units = await unitsFor(knex, await scope.visibleUnits(year), unitCode);
  return (await agingByUnit(knex, year, units)).map((r) => ({
    unitId: r.unit_id,
    year,
    bucket: r.bucket as AgingBucket,
    households: r.households,
    amountOwed: r.amount_owed,
    outstanding: r.outstanding,
  }));
}

/** Per unit and month: dunning actions and what they brought in (the usual viewer scope). */
export async function dunningByMonth(knex: Knex, scope: ViewerScope, year: number, unitCode: string | null | undefined): Promise<DunningMonth[]> {
  const units = await unitsFor(knex, await scope.visibleUnits(year), unitCode);
  return (await dunningMonths(knex, year, units)).map((r) => ({
    unitId: r.unit_id,
    year,
    month: r.month,
    actions: r.actions,
    amountPaid: r.amount_paid,
  }));
}

/**
 * Stores a batch of arrears households all or nothing (every problem of every entry at once). A
 * household already registered with other figures is replaced (its status and dunning log stay);
 * one equal to what is stored is listed among the duplicates ("north/2025/BJ-0001").
 */
export async function recordArrearsHouseholds(knex: Knex, entries: ArrearsHouseholdInput[]): Promise<RecordResult> {
  if (entries.length > MAX_BATCH) throw invalidField("entries", "BATCH_TOO_LARGE", { max: MAX_BATCH, got: entries.length });
  if (entries.length === 0) return { inserted: 0, duplicates: [] };
  const invalid = await validateArrearsHouseholds(knex, entries);
  if (invalid.length > 0) throw new InvalidInputError(sortByEntry(invalid));
  const years = [...new Set(entries.map((e) => e.year))];
  return knex.transaction(async (trx) => {
    await assertYearsOpen(trx, years);
    const stored = await storedArrearsHouseholds(trx, entries);
    const same = (e: ArrearsHouseholdInput) => JSON.stringify(stored.get(householdKey(e))) === JSON.stringify(householdContent(e));
    const changed = entries.filter((e) => !same(e));
    await storeArrearsHouseholds(trx, changed);
    // The audit names households by 户号 and amount, never by their personal data.
    noteChange({
      ...(years.length === 1 ? { year: years[0] } : { years }),
      kind: "arrears_households",
      stored: changed.slice(0, 100).map((e) => ({
        unitCode: e.unitCode,
        reference: e.reference,
        amountOwed: householdContent(e).amountOwed,
        replaced: stored.has(householdKey(e)),
      })),
      ...(changed.length > 100 ? { moreStored: changed.length - 100 } : {}),
    });
    return { inserted: changed.length, duplicates: entries.filter(same).map(householdKey) };
  });
}

/**
 * Stores a batch of dunning actions all or nothing. A station head records for their own unit
 * only. An action equal to a stored one (household, day, method, amount) is a duplicate; an OPEN
 * household whose payments reach the amount owed becomes PAID.
 */
export async function recordDunning(knex: Knex, scope: ViewerScope, entries: DunningInput[], actor: string): Promise<RecordResult> {
  if (entries.length > MAX_BATCH) throw invalidField("entries", "BATCH_TOO_LARGE", { max: MAX_BATCH, got: entries.length });
  if (entries.length === 0) return { inserted: 0, duplicates: [] };
  const invalid = await validateDunning(knex, entries);
  if (invalid.length > 0) throw new InvalidInputError(sortByEntry(invalid));
  const units = await unitIdsByCode(
    knex,
    entries.map((e) => e.unitCode),
  );
  const refused = entries.find((e) => !scope.mayActFor(units.get(e.unitCode)!));
  if (refused) throw new DomainError("FORBIDDEN", "OWN_UNIT_WRITE_ONLY", {}, { unitCode: refused.unitCode });
  const years = [...new Set(entries.map((e) => yearOf(e.date)))];
  return knex.transaction(async (trx) => {
    await assertYearsOpen(trx, years);
    const already = await storedDunning(trx, entries);
    const stored = await storeDunning(trx, entries, already, actor);
    noteChange({
      ...(years.length === 1 ? { year: years[0] } : { years }),
      kind: "dunning_actions",
      stored: entries
        .filter((e) => stored.has(dunningKey(e)))
        .slice(0, 100)
        .map((e) => ({
          unitCode: e.unitCode,
          reference: e.reference,
          date: e.date,
          method: e.method,
          amountPaid: e.amountPaid?.toFixed(2) ?? "0.00",
        })),
    });
    return { inserted: stored.size, duplicates: entries.filter((e) => !stored.has(dunningKey(e))).map(dunningKey) };
  });
}

/** Changes a household's status; UNCOLLECTABLE needs a reason. Audited with before and after. */
export async function setArrearsStatus(knex: Knex, scope: ViewerScope, input: ArrearsStatusInput, actor: string): Promise<ArrearsHousehold> {
  const invalid: InvalidField[] = await collectInvalid([input]).then((found) => found.map(({ index: _index, ...rest }) => rest));
  const check = new FieldChecker(invalid);
  const reason = input.reason?.trim() || null;
  if (input.status === ArrearsStatus.UNCOLLECTABLE && !reason) check.fail("reason", "REASON_REQUIRED");
  const units = await unitIdsByCode(knex, [input.unitCode]);
  if (!units.has(input.unitCode)) check.fail("unitCode", "UNKNOWN_UNIT", { unit: String(input.unitCode).slice(0, 40) });
  if (invalid.length > 0) throw new InvalidInputError(invalid);
  const unitId = units.get(input.unitCode)!;
  return knex.transaction(async (trx) => {
    await assertYearsOpen(trx, [input.year]);
    const [row] = await findHouseholds(trx, { year: input.year, units: [unitId], keys: [{ unitId, reference: input.reference }] });
    if (!row) throw new NotFoundError("RECORD_NOT_FOUND", { reference: input.reference.slice(0, 100) });
    await updateStatus(trx, row.id, input.status, reason, actor);
    noteChange({
      year: input.year,
      arrearsStatus: { unitCode: input.unitCode, reference: input.reference, before: row.status, after: input.status, reason },
    });
    const [after] = await findHouseholds(trx, { year: input.year, units: [unitId], ids: [row.id] });
    return presentHousehold(after, scope.viewer);
  });
}
