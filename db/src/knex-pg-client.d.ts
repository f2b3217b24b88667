// knex's PostgreSQL dialect (its client class) has no declarations of its own; prepared-statements.ts extends it.
declare module "knex/lib/dialects/postgres/index.js" {
  import type { Knex } from "knex";
  const PgClient: new (
    config: Knex.Config,
  ) => { _query(connection: unknown, query: { sql: string; options?: Record<string, unknown> }): Promise<unknown> };
  export default PgClient;
}
