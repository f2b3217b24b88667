import DataLoader from "dataloader";
import type { Knex } from "knex";
import { findUnitsByIds, findUnitsInYears, listUnitNames } from "./unit.repository.ts";
import type { Unit, UnitName } from "./unit.type.ts";

type UnitYear = { unitId: number; year: number };

export function createUnitLoaders(knex: Knex) {
  return {
    /** A unit with its current name. */
    unitById: new DataLoader<number, Unit | null>(async (ids) => {
      const units = await findUnitsByIds(knex, ids);
      const byId = new Map(units.map((u) => [Number(u.id), u]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    /** A unit with the name it had in a year (for every figure of that year). */
    unitInYear: new DataLoader<UnitYear, Unit | null, string>(
      async (keys) => {
        const found = await findUnitsInYears(knex, keys);
        return keys.map((k) => found.get(`${k.unitId}/${k.year}`) ?? null);
      },
      { cacheKeyFn: (k) => `${k.unitId}/${k.year}` },
    ),
    unitNames: new DataLoader<number, UnitName[]>(async (ids) => {
      const byUnit = await listUnitNames(knex, ids);
      return ids.map((id) => byUnit.get(id) ?? []);
    }),
  };
}
