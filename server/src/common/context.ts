import type { Knex } from "knex";
import type { Logger } from "pino";
import { createLoaders, type Loaders } from "./loaders.ts";

/** What every resolver receives: the database, per-request DataLoaders and a request logger. */
export interface Context {
  knex: Knex;
  loaders: Loaders;
  logger: Logger;
  requestId: string;
  /** Who is acting, for the audit log (until sign-in exists: the caller's address). */
  actor: string;
}

export function createContext(knex: Knex, logger: Logger, requestId: string, actor: string): Context {
  return { knex, loaders: createLoaders(knex), logger, requestId, actor };
}
