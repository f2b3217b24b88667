import type { Knex } from "knex";
import { noteChange } from "../audit/audit-change.ts";
import { invalidField, NotFoundError } from "../common/errors.ts";
import { today } from "../years/today.ts";
import { findUnitsByCodes, findUnitsByIds, insertUnit, listUnits, recordUnitName, setRetiredFrom, updateUnitFields } from "./unit.repository.ts";
import type { UnitInput } from "./unit.input.ts";
import type { Unit } from "./unit.type.ts";

/** The units with their current names (retired ones only when asked). */
export function currentUnits(knex: Knex, includeRetired: boolean): Promise<Unit[]> {
  return listUnits(knex, includeRetired);
}

/** One unit by code, or null. */
export async function findUnit(knex: Knex, code: string): Promise<Unit | null> {
  const [unit] = await findUnitsByCodes(knex, [code]);
  return unit ?? null;
}

/** Resolves a unit code, failing with NOT_FOUND. */
export async function requireUnit(knex: Knex, code: string): Promise<Unit> {
  const [unit] = await findUnitsByCodes(knex, [code]);
  if (!unit) throw new NotFoundError("UNIT_NOT_FOUND", { code: code.slice(0, 40) }, { unitCode: code.slice(0, 40) });
  return unit;
}

async function unitById(knex: Knex, id: number): Promise<Unit> {
  const [unit] = await findUnitsByIds(knex, [id]);
  return unit;
}

/**
 * Creates a unit or updates the one with the same code. A different name is a rename from today:
 * earlier years keep the name they had (and a finalised year refuses a rename dated inside it).
 */
export async function saveUnit(knex: Knex, input: UnitInput): Promise<Unit> {
  return knex.transaction(async (trx) => {
    const [existing] = await findUnitsByCodes(trx, [input.code]);
    const name = input.name.trim();
    const nameEn = input.nameEn === undefined ? undefined : input.nameEn?.trim() || null;
    const fields = { kind: input.kind, region: input.region, headName: input.headName, deputyHeadName: input.deputyHeadName };
    let id: number;
    if (!existing) {
      id = await insertUnit(trx, { code: input.code, name, nameEn, ...fields });
    } else {
      id = Number(existing.id);
      await updateUnitFields(trx, id, fields);
      if (existing.name !== name || (nameEn !== undefined && existing.nameEn !== nameEn)) await recordUnitName(trx, id, name, nameEn, today());
    }
    if (input.retired === true && !existing?.retired) await setRetiredFrom(trx, id, today());
    if (input.retired === false && existing?.retiredFrom) await setRetiredFrom(trx, id, null);
    const after = await unitById(trx, id);
    noteChange({ unit: input.code, before: existing ?? null, after });
    return after;
  });
}

/** A rename from a day: the figures of years before it keep the old name. */
export async function renameUnit(knex: Knex, code: string, name: string, from: string, nameEn?: string | null): Promise<Unit> {
  const trimmed = name.trim();
  if (trimmed.length === 0) throw invalidField("name", "EMPTY");
  if ([...trimmed].length > 100) throw invalidField("name", "TOO_LONG", { max: 100, got: [...trimmed].length });
  if (from <= "2000-01-01") throw invalidField("from", "NOT_ALLOWED_HERE", { got: from });
  return knex.transaction(async (trx) => {
    const unit = await requireUnit(trx, code);
    await recordUnitName(trx, Number(unit.id), trimmed, nameEn === undefined ? undefined : nameEn?.trim() || null, from);
    noteChange({ year: Number(from.slice(0, 4)), unit: code, rename: { from, before: unit.name, after: trimmed } });
    return unitById(trx, Number(unit.id));
  });
}

/** Retires a unit from a day: it keeps its history and names and no longer appears in later years. */
export async function retireUnit(knex: Knex, code: string, from: string): Promise<Unit> {
  return knex.transaction(async (trx) => {
    const unit = await requireUnit(trx, code);
    await setRetiredFrom(trx, Number(unit.id), from);
    noteChange({ unit: code, retire: { from, before: unit.retiredFrom } });
    return unitById(trx, Number(unit.id));
  });
}
