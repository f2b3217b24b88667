import type { Knex } from "knex";
import type { UnitKind } from "../common/enums.ts";
import type { Unit } from "./unit.type.ts";

interface UnitRow {
  id: number;
  code: string;
  name: string;
  kind: UnitKind;
  region: string | null;
  head_name: string | null;
  deputy_head_name: string | null;
  retired: boolean;
}

const COLUMNS = ["id", "code", "name", "kind", "region", "head_name", "deputy_head_name", "retired"];

export function toUnit(row: UnitRow): Unit {
  return {
    id: String(row.id),
    code: row.code,
    name: row.name,
    kind: row.kind,
    region: row.region,
    headName: row.head_name,
    deputyHeadName: row.deputy_head_name,
    retired: row.retired,
  };
}

export async function listUnits(knex: Knex, includeRetired: boolean): Promise<Unit[]> {
  const query = knex("units").select(COLUMNS).orderBy("id");
  if (!includeRetired) query.where({ retired: false });
  return (await query).map((row) => toUnit(row as UnitRow));
}

export async function findUnitsByCodes(knex: Knex, codes: readonly string[]): Promise<Unit[]> {
  if (codes.length === 0) return [];
  return (
    await knex("units")
      .select(COLUMNS)
      .whereIn("code", [...new Set(codes)])
  ).map((row) => toUnit(row as UnitRow));
}

export async function findUnitsByIds(knex: Knex, ids: readonly number[]): Promise<Unit[]> {
  return (
    await knex("units")
      .select(COLUMNS)
      .whereIn("id", [...new Set(ids)])
  ).map((row) => toUnit(row as UnitRow));
}

export interface UnitChanges {
  code: string;
  name: string;
  kind: UnitKind;
  region?: string | null;
  headName?: string | null;
  deputyHeadName?: string | null;
  retired?: boolean | null;
}

/** Inserts or updates by code; fields left undefined keep their stored value. */
export async function upsertUnitRow(knex: Knex, input: UnitChanges): Promise<Unit> {
  const row: Record<string, unknown> = { code: input.code, name: input.name, kind: input.kind };
  if (input.region !== undefined) row.region = input.region;
  if (input.headName !== undefined) row.head_name = input.headName;
  if (input.deputyHeadName !== undefined) row.deputy_head_name = input.deputyHeadName;
  if (input.retired !== undefined && input.retired !== null) row.retired = input.retired;
  const merge = Object.keys(row).filter((k) => k !== "code");
  const [saved] = await knex("units")
    .insert(row)
    .onConflict("code")
    .merge(
      [...merge, "updated_at"].reduce<Record<string, unknown>>((acc, key) => {
        acc[key] = key === "updated_at" ? knex.fn.now() : row[key];
        return acc;
      }, {}),
    )
    .returning(COLUMNS);
  return toUnit(saved as UnitRow);
}
