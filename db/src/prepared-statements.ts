import type { Knex } from "knex";

/**
 * Named prepared statements for the statements every request runs (who is signed in, the units,
 * the contracts): PostgreSQL parses and plans such a statement once per connection instead of on
 * every request. Planning was most of their cost — measured on the demo data, the sign-in
 * statement took 470 µs of PostgreSQL's CPU unnamed and 150 µs prepared, the units 330 and 150 µs
 * — and PostgreSQL shares this machine's cores with the server.
 *
 * A statement asks for it with `.options(PREPARE)`. Its name is given by its SQL text (a
 * parameter's value is not part of the text), so two texts never share a name, which
 * node-postgres refuses. A process names at most MAX_NAMED texts; any further one runs unnamed,
 * as every other statement does, so a statement whose text varies (an IN list of any length)
 * cannot fill the connections with plans. A prepared statement's columns must be listed, not `*`:
 * a column added by a migration while a connection holds the plan would fail it ("cached plan
 * must not change result type").
 */
export const PREPARE = { prepare: true } as const;

const MAX_NAMED = 200;
const names = new Map<string, string>();

function statementName(sql: string): string | undefined {
  let name = names.get(sql);
  if (name === undefined && names.size < MAX_NAMED) {
    name = `station_${names.size + 1}`;
    names.set(sql, name);
  }
  return name;
}

/** Whether statements asking for it are prepared; PREPARED_STATEMENTS=0 (a pooler that cannot keep them) turns it off. */
let enabled = true;
export function setPreparedStatements(on: boolean): void {
  enabled = on;
}

interface CompiledQuery {
  sql: string;
  options?: Record<string, unknown>;
}
type PgClientClass = new (config: Knex.Config) => { _query(connection: unknown, query: CompiledQuery): Promise<unknown> };

/** knex's PostgreSQL client, naming the statements that ask for it just before they go to node-postgres. */
export function preparingClient(base: PgClientClass): PgClientClass {
  return class PreparingClient extends base {
    override _query(connection: unknown, query: CompiledQuery) {
      if (query.options?.prepare) {
        const { prepare: _, ...rest } = query.options;
        const name = enabled ? statementName(query.sql) : undefined;
        query.options = name ? { ...rest, name } : rest;
      }
      return super._query(connection, query);
    }
  };
}
