import DataLoader from "dataloader";
import type { Knex } from "knex";
import { listStaff, listVehicles, rosterCounts, type RosterCounts } from "./roster.repository.ts";
import type { StaffMember, Vehicle } from "./roster.type.ts";

type UnitYear = { unitId: number; year: number };
const cacheKeyFn = (k: UnitYear) => `${k.unitId}/${k.year}`;

export function createRosterLoaders(knex: Knex) {
  return {
    staffByUnitYear: new DataLoader<UnitYear, StaffMember[], string>(
      async (keys) => {
        const found = await listStaff(knex, keys);
        return keys.map((k) => found.get(cacheKeyFn(k)) ?? []);
      },
      { cacheKeyFn },
    ),
    vehiclesByUnitYear: new DataLoader<UnitYear, Vehicle[], string>(
      async (keys) => {
        const found = await listVehicles(knex, keys);
        return keys.map((k) => found.get(cacheKeyFn(k)) ?? []);
      },
      { cacheKeyFn },
    ),
    rosterCounts: new DataLoader<UnitYear, RosterCounts, string>(
      async (keys) => {
        const found = await rosterCounts(knex, keys);
        return keys.map((k) => found.get(cacheKeyFn(k))!);
      },
      { cacheKeyFn },
    ),
  };
}
