import DataLoader from "dataloader";
import type { Knex } from "knex";
import { findContracts } from "./contract.repository.ts";
import type { Contract } from "./contract.type.ts";

type ContractKey = { unitId: number; year: number };

export function createContractLoaders(knex: Knex) {
  return {
    contractByUnitYear: new DataLoader<ContractKey, Contract | null, string>(
      async (keys) => {
        const contracts = await findContracts(knex, keys);
        const found = new Map(contracts.map((c) => [`${c.unitId}/${c.year}`, c]));
        return keys.map((k) => found.get(`${k.unitId}/${k.year}`) ?? null);
      },
      { cacheKeyFn: (k) => `${k.unitId}/${k.year}` },
    ),
  };
}
