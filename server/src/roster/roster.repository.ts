import type { Knex } from "knex";
import { nameDayOfYear } from "../units/unit.repository.ts";
import type { StaffMember, StaffPost, Vehicle } from "./roster.type.ts";

type UnitYear = { unitId: number; year: number };
const keyOf = (k: UnitYear) => `${k.unitId}/${k.year}`;
const pairs = (keys: readonly UnitYear[]) => keys.map((k) => [k.unitId, k.year]);

/** Post order on a roster: the head first, temporary hires last. */
const POST_ORDER = "array_position(array['HEAD','DEPUTY_HEAD','SUPERVISOR','STAFF','TEMPORARY'], s.post)";

export async function listStaff(knex: Knex, keys: readonly UnitYear[]): Promise<Map<string, StaffMember[]>> {
  const byKey = new Map<string, StaffMember[]>();
  if (keys.length === 0) return byKey;
  const rows = await knex("unit_staff as s")
    .leftJoin("users as u", "u.id", "s.user_id")
    .whereIn(["s.unit_id", "s.year"], pairs(keys))
    .orderByRaw(`s.unit_id, s.year, ${POST_ORDER}, s.id`)
    .select("s.id", "s.unit_id", "s.year", "s.name", "s.post", "s.from_date", "s.to_date", "u.username");
  for (const row of rows) {
    const key = keyOf({ unitId: row.unit_id, year: row.year });
    const list = byKey.get(key) ?? [];
    list.push({
      id: String(row.id),
      unitId: row.unit_id,
      year: row.year,
      name: row.name,
      post: row.post as StaffPost,
      from: row.from_date,
      to: row.to_date,
      username: row.username,
    });
    byKey.set(key, list);
  }
  return byKey;
}

export async function listVehicles(knex: Knex, keys: readonly UnitYear[]): Promise<Map<string, Vehicle[]>> {
  const byKey = new Map<string, Vehicle[]>();
  if (keys.length === 0) return byKey;
  const rows = await knex("unit_vehicles")
    .whereIn(["unit_id", "year"], pairs(keys))
    .orderBy(["unit_id", "year", "plate"])
    .select("id", "unit_id", "year", "plate", "kind", "from_date", "to_date");
  for (const row of rows) {
    const key = keyOf({ unitId: row.unit_id, year: row.year });
    const list = byKey.get(key) ?? [];
    list.push({ id: String(row.id), unitId: row.unit_id, year: row.year, plate: row.plate, kind: row.kind, from: row.from_date, to: row.to_date });
    byKey.set(key, list);
  }
  return byKey;
}

export interface RosterCounts {
  staff: number;
  vehicles: number;
}

/**
 * People and vehicles in post on the year's reference day (its last day, or today while it
 * runs: the same day whose unit names the year shows), counted by PostgreSQL for many units.
 */
export async function rosterCounts(knex: Knex, keys: readonly UnitYear[]): Promise<Map<string, RosterCounts>> {
  const counts = new Map<string, RosterCounts>(keys.map((k) => [keyOf(k), { staff: 0, vehicles: 0 }]));
  const years = [...new Set(keys.map((k) => k.year))];
  const inPost = (table: string, year: number) => {
    const day = nameDayOfYear(year);
    return knex(table)
      .where({ year })
      .whereIn("unit_id", [...new Set(keys.filter((k) => k.year === year).map((k) => k.unitId))])
      .where((q) => q.whereNull("from_date").orWhere("from_date", "<=", day))
      .where((q) => q.whereNull("to_date").orWhere("to_date", ">=", day))
      .groupBy("unit_id")
      .select("unit_id", knex.raw("count(*)::int as n"));
  };
  await Promise.all(
    years.map(async (year) => {
      const [staff, vehicles] = await Promise.all([inPost("unit_staff", year), inPost("unit_vehicles", year)]);
      for (const row of staff) counts.get(keyOf({ unitId: row.unit_id, year }))!.staff = row.n;
      for (const row of vehicles) counts.get(keyOf({ unitId: row.unit_id, year }))!.vehicles = row.n;
    }),
  );
  return counts;
}

export interface StaffRow {
  name: string;
  post: StaffPost;
  from: string | null;
  to: string | null;
  userId: number | null;
}

export interface VehicleRow {
  plate: string;
  kind: string;
  from: string | null;
  to: string | null;
}

/** Replaces a unit's roster of a year (one statement each way; the year guard checks both). */
export async function replaceStaff(trx: Knex.Transaction, unitId: number, year: number, staff: StaffRow[]): Promise<void> {
  await trx("unit_staff").where({ unit_id: unitId, year }).del();
  if (staff.length === 0) return;
  await trx("unit_staff").insert(
    staff.map((s) => ({ unit_id: unitId, year, name: s.name, post: s.post, from_date: s.from, to_date: s.to, user_id: s.userId })),
  );
}

export async function replaceVehicles(trx: Knex.Transaction, unitId: number, year: number, vehicles: VehicleRow[]): Promise<void> {
  await trx("unit_vehicles").where({ unit_id: unitId, year }).del();
  if (vehicles.length === 0) return;
  await trx("unit_vehicles").insert(vehicles.map((v) => ({ unit_id: unitId, year, plate: v.plate, kind: v.kind, from_date: v.from, to_date: v.to })));
}

/** Copies the roster and vehicles of the units from one year to another (opening a year). */
export async function copyRoster(trx: Knex.Transaction, from: number, to: number, unitIds: number[]): Promise<void> {
  if (unitIds.length === 0) return;
  // Who is still in post at the end of the earlier year carries over, for the whole new year.
  await trx.raw(
    `insert into unit_staff (unit_id, year, name, post, user_id)
     select unit_id, ?, name, post, user_id from unit_staff
     where year = ? and to_date is null and unit_id = any(?) order by id`,
    [to, from, unitIds],
  );
  await trx.raw(
    `insert into unit_vehicles (unit_id, year, plate, kind)
     select unit_id, ?, plate, kind from unit_vehicles
     where year = ? and to_date is null and unit_id = any(?) order by id
     on conflict do nothing`,
    [to, from, unitIds],
  );
}
