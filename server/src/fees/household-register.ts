import type { Knex } from "knex";
import type { InvalidField } from "../common/errors.ts";
import { FieldChecker } from "../common/field-checker.ts";
import { collectInvalid } from "../common/validation.ts";
import { unitIdsByCode } from "../ledger/ledger.service.ts";
import type { HouseholdClass } from "./collection-rules.ts";
import type { HouseholdsInput } from "./fees.input.ts";
import { type RegisterRow, replaceRegister, storedRegister } from "./collection.repository.ts";

/**
 * The household register's entries (户数) as every door takes them — recordHouseholds and the
 * `households` import: the same field rules, batch rules and rows.
 */

export const CLASS_FIELDS: [field: "residential" | "upgraded" | "collective", cls: HouseholdClass][] = [
  ["residential", "RESIDENTIAL"],
  ["upgraded", "UPGRADED"],
  ["collective", "COLLECTIVE"],
];

/** "2025-03" → { year: 2025, month: 3 }. */
export const monthOf = (month: string) => ({ year: Number(month.slice(0, 4)), month: Number(month.slice(5, 7)) });

/** What identifies an entry: unit and month, "north/2025-03". */
export const householdsKey = (entry: HouseholdsInput) => `${entry.unitCode}/${entry.month}`;

/** The counts of an entry as text, class by class, to tell a repeat from a change. */
export const householdsContent = (entry: Pick<HouseholdsInput, "residential" | "upgraded" | "collective">) =>
  Object.fromEntries(CLASS_FIELDS.map(([field]) => [field, String(entry[field] ?? 0)]));

/** Field rules, unknown units and a unit-month given twice; index = the entry's position. */
export async function validateHouseholds(knex: Knex, entries: HouseholdsInput[]): Promise<InvalidField[]> {
  for (const entry of entries) for (const [field] of CLASS_FIELDS) entry[field] ??= 0;
  const units = await unitIdsByCode(
    knex,
    entries.map((e) => e.unitCode),
  );
  const invalid = await collectInvalid(entries);
  const seen = new Map<string, number>();
  entries.forEach((entry, index) => {
    const check = new FieldChecker(invalid, index);
    if (!units.has(entry.unitCode)) check.fail("unitCode", "UNKNOWN_UNIT", { unit: String(entry.unitCode).slice(0, 40) });
    const key = householdsKey(entry);
    if (seen.has(key)) check.fail("month", "GIVEN_TWICE", { value: key.slice(0, 60) });
    else seen.set(key, index);
  });
  return invalid;
}

/** The stored counts of the entries' unit-months, by key ("north/2025-03"). */
export async function storedHouseholds(knex: Knex, entries: HouseholdsInput[]): Promise<Map<string, Record<string, string>>> {
  const units = await unitIdsByCode(
    knex,
    entries.map((e) => e.unitCode),
  );
  const keys = entries.filter((e) => units.has(e.unitCode)).map((e) => ({ unitId: units.get(e.unitCode)!, ...monthOf(e.month) }));
  const stored = await storedRegister(knex, keys);
  const found = new Map<string, Record<string, string>>();
  for (const entry of entries) {
    const counts = stored.get(`${units.get(entry.unitCode)}/${monthOf(entry.month).year}/${monthOf(entry.month).month}`);
    if (!counts) continue;
    found.set(householdsKey(entry), householdsContent({ residential: counts.RESIDENTIAL, upgraded: counts.UPGRADED, collective: counts.COLLECTIVE }));
  }
  return found;
}

/** Replaces the register of every entry's unit-month (inside the caller's transaction); returns the keys stored. */
export async function storeHouseholds(trx: Knex.Transaction, entries: HouseholdsInput[]): Promise<Set<string>> {
  const units = await unitIdsByCode(
    trx,
    entries.map((e) => e.unitCode),
  );
  const rows: RegisterRow[] = entries.flatMap((entry) =>
    CLASS_FIELDS.map(([field, cls]) => ({
      unit_id: units.get(entry.unitCode)!,
      ...monthOf(entry.month),
      household_class: cls,
      households: entry[field] ?? 0,
    })),
  );
  await replaceRegister(trx, rows);
  return new Set(entries.map(householdsKey));
}
