import DataLoader from "dataloader";
import type { Knex } from "knex";
import { findUnitsByIds } from "./unit.repository.ts";
import type { Unit } from "./unit.type.ts";

export function createUnitLoaders(knex: Knex) {
  return {
    unitById: new DataLoader<number, Unit | null>(async (ids) => {
      const units = await findUnitsByIds(knex, ids);
      const byId = new Map(units.map((u) => [Number(u.id), u]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}
