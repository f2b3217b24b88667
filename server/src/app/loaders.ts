import type { Knex } from "knex";
import { createArrearsLoaders } from "../fees/arrears.loaders.ts";
import { createContractLoaders } from "../contracts/contract.loaders.ts";
import { createRosterLoaders } from "../roster/roster.loaders.ts";
import { createRuleLoaders } from "../rules/rule.loaders.ts";
import { createScoreLoaders } from "../scores/score.loaders.ts";
import { createUnitLoaders } from "../units/unit.loaders.ts";
import { createFinalizedYearLoader } from "../years/finalized-years.ts";

/** The groups of per-request DataLoaders; each factory only constructs loaders (it reads nothing). */
const GROUPS = [
  createUnitLoaders,
  createContractLoaders,
  createScoreLoaders,
  createRosterLoaders,
  createRuleLoaders,
  createArrearsLoaders,
  (knex: Knex) => ({ finalizedYear: createFinalizedYearLoader(knex) }),
] as const;

type Group = (typeof GROUPS)[number];
type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;
export type Loaders = UnionToIntersection<ReturnType<Group>>;

const KNEX = Symbol("knex");
let prototype: object | null = null;

/**
 * Getters for every loader name, shared by all requests: the first read of a loader makes its
 * group (on the request's knex) and puts the group's loaders on the request's own object, so
 * later reads are plain properties. Built on the first request, from the factories' own names.
 */
function loadersPrototype(knex: Knex): object {
  const shared = {};
  for (const make of GROUPS) {
    for (const name of Object.keys(make(knex))) {
      Object.defineProperty(shared, name, {
        get(this: { [KNEX]: Knex }) {
          const group = make(this[KNEX]) as Record<string, unknown>;
          for (const [key, loader] of Object.entries(group)) Object.defineProperty(this, key, { value: loader, enumerable: true });
          return group[name];
        },
      });
    }
  }
  return shared;
}

/**
 * Per-request DataLoaders: relations are fetched in one query per request, not one per row. Each
 * group is made when a resolver first asks for one of its loaders: most requests use one or two of
 * the fourteen, and making them all was a noticeable part of a cheap query's time.
 */
export function createLoaders(knex: Knex): Loaders {
  prototype ??= loadersPrototype(knex);
  const loaders = Object.create(prototype) as Loaders & { [KNEX]: Knex };
  loaders[KNEX] = knex;
  return loaders;
}
