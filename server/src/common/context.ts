import type { Knex } from "knex";
import type { Logger } from "pino";
import { createLoaders, type Loaders } from "./loaders.ts";

/** What every resolver receives: the database, per-request DataLoaders and a request logger. */
export interface Context {
  knex: Knex;
  loaders: Loaders;
  logger: Logger;
  requestId: string;
}

export function createContext(knex: Knex, logger: Logger, requestId: string): Context {
  return { knex, loaders: createLoaders(knex), logger, requestId };
}
