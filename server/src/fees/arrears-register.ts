import type { Knex } from "knex";
import type { InvalidField } from "../common/errors.ts";
import { FieldChecker } from "../common/field-checker.ts";
import { formatMoney } from "../common/money.ts";
import { collectInvalid } from "../common/validation.ts";
import { unitIdsByCode } from "../ledger/ledger.service.ts";
import { yearOf } from "../years/year.ts";
import type { ArrearsHouseholdInput, DunningInput } from "./arrears.input.ts";
import {
  type DunningWrite,
  findDunning,
  findHouseholds,
  type HouseholdWrite,
  insertDunning,
  markPaid,
  upsertHouseholds,
} from "./arrears.repository.ts";

/**
 * The arrears register's entries (欠费户, 催缴记录) as every door takes them — the GraphQL batches
 * and the `arrears` import: the same field rules, batch rules, comparison and rows.
 */

export const householdKey = (e: Pick<ArrearsHouseholdInput, "unitCode" | "year" | "reference">) => `${e.unitCode}/${e.year}/${e.reference}`;

/** An entry's content as text, to tell a repeat from a change. */
export const householdContent = (e: {
  name: string;
  contact?: string | null;
  address?: string | null;
  yearsInArrears: number | string;
  amountOwed: unknown;
}) => ({
  name: e.name.trim(),
  contact: (e.contact ?? "").trim(),
  address: (e.address ?? "").trim(),
  yearsInArrears: String(Number(e.yearsInArrears)),
  amountOwed: formatMoney(String(e.amountOwed)),
});

/** Field rules, unknown units and a household given twice in the batch; index = position. */
export async function validateArrearsHouseholds(knex: Knex, entries: ArrearsHouseholdInput[]): Promise<InvalidField[]> {
  for (const entry of entries) {
    entry.contact ??= "";
    entry.address ??= "";
  }
  const units = await unitIdsByCode(
    knex,
    entries.map((e) => e.unitCode),
  );
  const invalid = await collectInvalid(entries);
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    const check = new FieldChecker(invalid, index);
    if (!units.has(entry.unitCode)) check.fail("unitCode", "UNKNOWN_UNIT", { unit: String(entry.unitCode).slice(0, 40) });
    const key = householdKey(entry);
    if (seen.has(key)) check.fail("reference", "GIVEN_TWICE", { value: key.slice(0, 60) });
    seen.add(key);
  });
  return invalid;
}

/** The stored content of the entries' households, by key. */
export async function storedArrearsHouseholds(knex: Knex, entries: ArrearsHouseholdInput[]): Promise<Map<string, Record<string, string>>> {
  const units = await unitIdsByCode(
    knex,
    entries.map((e) => e.unitCode),
  );
  const codeOf = new Map([...units].map(([code, id]) => [id, code]));
  const found = new Map<string, Record<string, string>>();
  for (const year of new Set(entries.map((e) => e.year))) {
    const keys = entries
      .filter((e) => e.year === year && units.has(e.unitCode))
      .map((e) => ({ unitId: units.get(e.unitCode)!, reference: e.reference }));
    for (const row of await findHouseholds(knex, { year, units: null, keys })) {
      const content = householdContent({
        name: row.name,
        contact: row.contact,
        address: row.address,
        yearsInArrears: row.years_in_arrears,
        amountOwed: row.amount_owed,
      });
      found.set(`${codeOf.get(row.unit_id)}/${row.year}/${row.reference}`, content);
    }
  }
  return found;
}

/** Inserts or replaces the entries' households (inside the caller's transaction); returns the keys stored. */
export async function storeArrearsHouseholds(trx: Knex.Transaction, entries: ArrearsHouseholdInput[]): Promise<Set<string>> {
  const units = await unitIdsByCode(
    trx,
    entries.map((e) => e.unitCode),
  );
  const rows: HouseholdWrite[] = entries.map((e) => {
    const content = householdContent(e);
    return {
      unit_id: units.get(e.unitCode)!,
      year: e.year,
      reference: e.reference,
      name: content.name,
      contact: content.contact,
      address: content.address,
      years_in_arrears: content.yearsInArrears,
      amount_owed: content.amountOwed,
    };
  });
  await upsertHouseholds(trx, rows);
  return new Set(entries.map(householdKey));
}

/** A dunning action's identity: the same household, day, method and amount is the same action. */
export const dunningKey = (e: Pick<DunningInput, "unitCode" | "reference" | "date" | "method"> & { amountPaid?: unknown }) =>
  `${e.unitCode}/${e.reference}/${e.date}/${e.method}/${formatMoney(String(e.amountPaid ?? "0"))}`;

/** The household id of each entry (by unit, 户号 and the year of its day); absent: not in the register. */
export async function householdIdsOf(knex: Knex, entries: DunningInput[]): Promise<Map<string, { id: string; unitId: number }>> {
  const units = await unitIdsByCode(
    knex,
    entries.map((e) => e.unitCode),
  );
  const found = new Map<string, { id: string; unitId: number }>();
  const codeOf = new Map([...units].map(([code, id]) => [id, code]));
  const years = new Set(entries.filter((e) => typeof e.date === "string").map((e) => yearOf(e.date)));
  for (const year of years) {
    const keys = entries
      .filter((e) => typeof e.date === "string" && units.has(e.unitCode) && yearOf(e.date) === year)
      .map((e) => ({ unitId: units.get(e.unitCode)!, reference: e.reference }));
    for (const row of await findHouseholds(knex, { year, units: null, keys })) {
      found.set(`${codeOf.get(row.unit_id)}/${year}/${row.reference}`, { id: row.id, unitId: row.unit_id });
    }
  }
  return found;
}

const dunningHousehold = (e: DunningInput) => `${e.unitCode}/${yearOf(e.date)}/${e.reference}`;

/** Field rules, unknown units and households not in the register of the action's year. */
export async function validateDunning(knex: Knex, entries: DunningInput[]): Promise<InvalidField[]> {
  for (const entry of entries) entry.outcome ??= "";
  const units = await unitIdsByCode(
    knex,
    entries.map((e) => e.unitCode),
  );
  const households = await householdIdsOf(knex, entries);
  const invalid = await collectInvalid(entries);
  entries.forEach((entry, index) => {
    const check = new FieldChecker(invalid, index);
    if (typeof entry.date !== "string") check.fail("date", "REQUIRED");
    else if (!units.has(entry.unitCode)) check.fail("unitCode", "UNKNOWN_UNIT", { unit: String(entry.unitCode).slice(0, 40) });
    else if (!households.has(dunningHousehold(entry))) {
      check.fail("reference", "UNKNOWN_HOUSEHOLD", {
        unit: entry.unitCode,
        year: yearOf(entry.date),
        reference: String(entry.reference).slice(0, 40),
      });
    }
  });
  return invalid;
}

/** The keys of the entries already in the dunning log. */
export async function storedDunning(knex: Knex, entries: DunningInput[]): Promise<Set<string>> {
  const households = await householdIdsOf(knex, entries);
  const ids = [...new Set([...households.values()].map((h) => h.id))];
  if (ids.length === 0) return new Set();
  const byId = new Map([...households].map(([key, h]) => [h.id, key]));
  const stored = new Set<string>();
  for (const row of await findDunning(knex, { householdIds: ids })) {
    const [unitCode, , reference] = byId.get(row.household_id)!.split("/");
    stored.add(dunningKey({ unitCode, reference, date: row.action_date, method: row.method as DunningInput["method"], amountPaid: row.amount_paid }));
  }
  return stored;
}

/** Stores the actions not already stored; an OPEN household whose payments reach what it owes becomes PAID. */
export async function storeDunning(trx: Knex.Transaction, entries: DunningInput[], alreadyStored: Set<string>, actor: string): Promise<Set<string>> {
  const households = await householdIdsOf(trx, entries);
  const rows: DunningWrite[] = [];
  const stored = new Set<string>();
  for (const entry of entries) {
    const key = dunningKey(entry);
    if (alreadyStored.has(key) || stored.has(key)) continue;
    stored.add(key);
    rows.push({
      household_id: households.get(dunningHousehold(entry))!.id,
      year: yearOf(entry.date),
      action_date: entry.date,
      method: entry.method,
      outcome: (entry.outcome ?? "").trim(),
      amount_paid: formatMoney(String(entry.amountPaid ?? "0")),
    });
  }
  await insertDunning(trx, rows);
  await markPaid(trx, [...new Set(rows.map((r) => r.household_id))], actor);
  return stored;
}
