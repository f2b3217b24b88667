import type { Knex } from "knex";
import type { Context } from "../app/context.ts";
import { InvalidInputError, type InvalidField } from "../common/errors.ts";
import { FieldChecker } from "../common/field-checker.ts";
import { collectInvalid } from "../common/validation.ts";
import { requireUnit } from "../units/unit.service.ts";
import { assertYearsOpen } from "../years/finalized-years.ts";
import { checkYear } from "../years/year.ts";
import { replaceStaff, replaceVehicles, type RosterCounts, type StaffRow, type VehicleRow } from "./roster.repository.ts";
import type { StaffMember, StaffMemberInput, Vehicle, VehicleInput } from "./roster.type.ts";

/** A roster is a unit's people of one year: a few dozen at most. */
const MAX_ROWS = 500;

/** from/to inside the year and in order, for each row (index = the row's position). */
function checkDates(check: FieldChecker, year: number, from: string | null | undefined, to: string | null | undefined): void {
  for (const [field, day] of [
    ["from", from],
    ["to", to],
  ] as const) {
    if (day && Number(day.slice(0, 4)) !== year) check.fail(field, "DATE_OUTSIDE_YEAR", { year, got: day });
  }
  if (from && to && from > to) check.fail("to", "NOT_BEFORE_FROM", { from, got: to });
}

async function rowRules(rows: object[], year: number, extra: (row: never, check: FieldChecker) => void): Promise<InvalidField[]> {
  const invalid = await collectInvalid(rows);
  if (rows.length > MAX_ROWS) invalid.push({ field: "entries", reason: "BATCH_TOO_LARGE", params: { max: MAX_ROWS, got: rows.length } });
  rows.forEach((row, index) => {
    const check = new FieldChecker(invalid, index);
    const { from, to } = row as { from?: string | null; to?: string | null };
    checkDates(check, year, from, to);
    extra(row as never, check);
  });
  return invalid;
}

/** Replaces a unit's roster (定员) of a year: all rows or none; refused once the year is finalised. */
export async function saveStaff(knex: Knex, unitCode: string, year: number, staff: StaffMemberInput[]): Promise<number> {
  checkYear(year);
  const usernames = [...new Set(staff.map((s) => s.username?.trim()).filter((u): u is string => !!u))];
  const users = new Map<string, number>(
    usernames.length === 0 ? [] : (await knex("users").whereIn("username", usernames).select("id", "username")).map((u) => [u.username, u.id]),
  );
  const invalid = await rowRules(staff, year, (row: StaffMemberInput, check) => {
    const username = row.username?.trim();
    if (username && !users.has(username)) check.fail("username", "UNKNOWN_USER", { got: username });
  });
  if (invalid.length > 0) throw new InvalidInputError(invalid);
  await assertYearsOpen(knex, [year]);
  const unit = await requireUnit(knex, unitCode);
  const rows: StaffRow[] = staff.map((s) => ({
    name: s.name.trim(),
    post: s.post,
    from: s.from ?? null,
    to: s.to ?? null,
    userId: s.username?.trim() ? users.get(s.username.trim())! : null,
  }));
  await knex.transaction((trx) => replaceStaff(trx, Number(unit.id), year, rows));
  return Number(unit.id);
}

/** Replaces a unit's vehicles of a year: all or none; a plate appears once. */
export async function saveVehicles(knex: Knex, unitCode: string, year: number, vehicles: VehicleInput[]): Promise<number> {
  checkYear(year);
  const seen = new Map<string, number>();
  const invalid = await rowRules(vehicles, year, (row: VehicleInput, check) => {
    const plate = row.plate?.trim().toUpperCase();
    if (!plate) return;
    if (seen.has(plate)) check.fail("plate", "GIVEN_TWICE", { value: plate });
    else seen.set(plate, 1);
  });
  if (invalid.length > 0) throw new InvalidInputError(invalid);
  await assertYearsOpen(knex, [year]);
  const unit = await requireUnit(knex, unitCode);
  const rows: VehicleRow[] = vehicles.map((v) => ({ plate: v.plate.trim(), kind: v.kind.trim(), from: v.from ?? null, to: v.to ?? null }));
  await knex.transaction((trx) => replaceVehicles(trx, Number(unit.id), year, rows));
  return Number(unit.id);
}

/** The roster of a unit in a year as the viewer may read it (a station head: their own until finalised). */
export async function staffOf({ scope, loaders }: Context, unitId: number, year: number): Promise<StaffMember[]> {
  const visible = await scope.visibleUnits(year);
  if (visible !== null && !visible.includes(unitId)) return [];
  return loaders.staffByUnitYear.load({ unitId, year });
}

export async function vehiclesOf({ scope, loaders }: Context, unitId: number, year: number): Promise<Vehicle[]> {
  const visible = await scope.visibleUnits(year);
  if (visible !== null && !visible.includes(unitId)) return [];
  return loaders.vehiclesByUnitYear.load({ unitId, year });
}

/** People and vehicles in post on the year's reference day, for the contract table's comparison. */
export function rosterCountsOf({ loaders }: Context, unitId: number, year: number): Promise<RosterCounts> {
  return loaders.rosterCounts.load({ unitId, year });
}
