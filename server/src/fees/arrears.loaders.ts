import DataLoader from "dataloader";
import type { Knex } from "knex";
import { type DunningRow, findDunning, findHouseholdsByIds, type HouseholdRow } from "./arrears.repository.ts";

/** Per-request loaders of the nested arrears fields (raw rows: the resolvers mask them for the viewer). */
export function createArrearsLoaders(knex: Knex) {
  return {
    /** A household's dunning log, in date order. */
    dunningOfHousehold: new DataLoader<string, DunningRow[]>(async (ids) => {
      const rows = await findDunning(knex, { householdIds: ids });
      return ids.map((id) => rows.filter((r) => r.household_id === id));
    }),
    /** A household by id, unmasked. */
    arrearsHousehold: new DataLoader<string, HouseholdRow | null>(async (ids) => {
      const rows = await findHouseholdsByIds(knex, ids);
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}
