import type { Knex } from "knex";
import { PREPARE } from "@station/db";
import type { UnitKind } from "../common/enums.ts";
import { today } from "../years/today.ts";
import type { Unit, UnitName } from "./unit.type.ts";

interface UnitRow {
  id: number;
  code: string;
  name: string;
  name_en: string | null;
  kind: UnitKind;
  region: string | null;
  head_name: string | null;
  deputy_head_name: string | null;
  retired_from: string | null;
  retired_now: boolean;
}

/** A unit row's columns (nm: its name row); the one parameter is today, for retired_now. */
const UNIT_COLUMNS_SQL = `u.id, u.code, nm.name, nm.name_en, u.kind, u.region, u.head_name, u.deputy_head_name, u.retired_from,
  (u.retired_from is not null and u.retired_from <= ?::date) as retired_now`;
/** Units with their name row on a day (the one parameter). */
const UNITS_ON_DAY_SQL = "units u cross join lateral unit_name_row(u.id, ?::date) nm";

/**
 * Units with the name in force on a day (unit_name_row, see the dated-names migration). The day
 * is a bound parameter so one statement serves the current names and a year's names alike.
 */
function selectUnits(knex: Knex, day: string) {
  return knex.select(knex.raw(UNIT_COLUMNS_SQL, [today()])).from(knex.raw(UNITS_ON_DAY_SQL, [day]));
}

export function toUnit(row: UnitRow): Unit {
  return {
    id: String(row.id),
    code: row.code,
    name: row.name,
    nameEn: row.name_en,
    kind: row.kind,
    region: row.region,
    headName: row.head_name,
    deputyHeadName: row.deputy_head_name,
    retired: row.retired_now,
    retiredFrom: row.retired_from,
  };
}

/** The day whose name a year's figures show: the year's last day, or today while it runs. */
export function nameDayOfYear(year: number, now = today()): string {
  const last = `${year}-12-31`;
  return now < last ? (now < `${year}-01-01` ? `${year}-01-01` : now) : last;
}

/**
 * Every unit, or those not retired today. Written out rather than built: the units list is the
 * cheapest and most frequent request, and building the statement was a tenth of its time.
 */
export async function listUnits(knex: Knex, includeRetired: boolean): Promise<Unit[]> {
  const day = today();
  const active = includeRetired ? "" : "where u.retired_from is null or u.retired_from > ?::date";
  const { rows } = await knex
    .raw(`select ${UNIT_COLUMNS_SQL} from ${UNITS_ON_DAY_SQL} ${active} order by u.id`, includeRetired ? [day, day] : [day, day, day])
    .options(PREPARE);
  return (rows as UnitRow[]).map(toUnit);
}

export async function findUnitsByCodes(knex: Knex, codes: readonly string[]): Promise<Unit[]> {
  if (codes.length === 0) return [];
  return ((await selectUnits(knex, today()).whereIn("u.code", [...new Set(codes)])) as UnitRow[]).map(toUnit);
}

export async function findUnitsByIds(knex: Knex, ids: readonly number[], day = today()): Promise<Unit[]> {
  if (ids.length === 0) return [];
  return ((await selectUnits(knex, day).whereIn("u.id", [...new Set(ids)])) as UnitRow[]).map(toUnit);
}

/** Units with the names they had in given years, for many (unit, year) pairs in one statement. */
export async function findUnitsInYears(knex: Knex, keys: readonly { unitId: number; year: number }[]): Promise<Map<string, Unit>> {
  const found = new Map<string, Unit>();
  const years = [...new Set(keys.map((k) => k.year))];
  await Promise.all(
    years.map(async (year) => {
      const ids = keys.filter((k) => k.year === year).map((k) => k.unitId);
      for (const unit of await findUnitsByIds(knex, ids, nameDayOfYear(year))) found.set(`${unit.id}/${year}`, unit);
    }),
  );
  return found;
}

export async function listUnitNames(knex: Knex, unitIds: readonly number[]): Promise<Map<number, UnitName[]>> {
  const rows = await knex("unit_names")
    .whereIn("unit_id", [...unitIds])
    .orderBy(["unit_id", "valid_from"])
    .select("unit_id", "valid_from", "name", "name_en");
  const byUnit = new Map<number, UnitName[]>();
  for (const row of rows) {
    const list = byUnit.get(row.unit_id) ?? [];
    list.push({ validFrom: row.valid_from, name: row.name, nameEn: row.name_en });
    byUnit.set(row.unit_id, list);
  }
  return byUnit;
}

export interface UnitFields {
  code: string;
  kind?: UnitKind;
  region?: string | null;
  headName?: string | null;
  deputyHeadName?: string | null;
}

/** Inserts a unit with its first name (the insert trigger records it in unit_names). */
export async function insertUnit(knex: Knex, fields: UnitFields & { kind: UnitKind; name: string; nameEn?: string | null }): Promise<number> {
  const [row] = await knex("units")
    .insert({
      code: fields.code,
      name: fields.name,
      name_en: fields.nameEn ?? null,
      kind: fields.kind,
      region: fields.region ?? null,
      head_name: fields.headName ?? null,
      deputy_head_name: fields.deputyHeadName ?? null,
    })
    .returning("id");
  return row.id;
}

/** Changes the undated fields; those left undefined keep their stored value. */
export async function updateUnitFields(knex: Knex, unitId: number, fields: Omit<UnitFields, "code">): Promise<void> {
  const row: Record<string, unknown> = {};
  if (fields.kind !== undefined) row.kind = fields.kind;
  if (fields.region !== undefined) row.region = fields.region;
  if (fields.headName !== undefined) row.head_name = fields.headName;
  if (fields.deputyHeadName !== undefined) row.deputy_head_name = fields.deputyHeadName;
  if (Object.keys(row).length > 0)
    await knex("units")
      .where({ id: unitId })
      .update({ ...row, updated_at: knex.fn.now() });
}

/** Records a name from a day (replacing one dated the same day); keeps units.name the latest entered. */
export async function recordUnitName(knex: Knex, unitId: number, name: string, nameEn: string | null | undefined, from: string): Promise<void> {
  const previous = await knex("unit_names")
    .where({ unit_id: unitId })
    .andWhere("valid_from", "<=", from)
    .orderBy("valid_from", "desc")
    .first("name_en");
  const english = nameEn === undefined ? (previous?.name_en ?? null) : nameEn;
  await knex("unit_names")
    .insert({ unit_id: unitId, valid_from: from, name, name_en: english })
    .onConflict(["unit_id", "valid_from"])
    .merge(["name", "name_en"]);
  await knex("units").where({ id: unitId }).update({ name, name_en: english, updated_at: knex.fn.now() });
}

export async function setRetiredFrom(knex: Knex, unitId: number, from: string | null): Promise<void> {
  await knex("units")
    .where({ id: unitId })
    .update({ retired_from: from, retired: from !== null, updated_at: knex.fn.now() });
}
