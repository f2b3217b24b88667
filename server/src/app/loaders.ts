import type { Knex } from "knex";
import { createArrearsLoaders } from "../fees/arrears.loaders.ts";
import { createContractLoaders } from "../contracts/contract.loaders.ts";
import { createRosterLoaders } from "../roster/roster.loaders.ts";
import { createRuleLoaders } from "../rules/rule.loaders.ts";
import { createScoreLoaders } from "../scores/score.loaders.ts";
import { createUnitLoaders } from "../units/unit.loaders.ts";
import { createFinalizedYearLoader } from "../years/finalized-years.ts";

/** Per-request DataLoaders: relations are fetched in one query per request, not one per row. */
export function createLoaders(knex: Knex) {
  return {
    ...createUnitLoaders(knex),
    ...createContractLoaders(knex),
    ...createScoreLoaders(knex),
    ...createRosterLoaders(knex),
    ...createRuleLoaders(knex),
    ...createArrearsLoaders(knex),
    finalizedYear: createFinalizedYearLoader(knex),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
