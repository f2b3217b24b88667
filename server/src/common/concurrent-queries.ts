import type { Knex } from "knex";

type Thunks = readonly (() => PromiseLike<unknown>)[];
type Results<T extends Thunks> = { -readonly [K in keyof T]: Awaited<ReturnType<T[K]>> };

/**
 * Runs independent queries at once on a pool, but one after another inside a transaction: a
 * transaction is a single connection, and node-postgres does not multiplex queries on one.
 */
export async function runQueries<T extends Thunks>(knex: Knex, queries: T): Promise<Results<T>> {
  if (!knex.isTransaction) return (await Promise.all(queries.map((q) => q()))) as Results<T>;
  const results: unknown[] = [];
  for (const query of queries) results.push(await query());
  return results as Results<T>;
}
