import { createKnex, dropDatabase, ensureDatabase, migrateLatest, withDatabase, databaseName } from "@station/db";
import { createApp, createLogger } from "@station/server";
import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import type { Knex } from "knex";
import { inject } from "vitest";

export interface GraphQLResponse<T = any> {
  data?: T;
  errors?: { message: string; path?: string[]; extensions?: Record<string, any> }[];
}

export interface TestServer {
  /** http://127.0.0.1:PORT */
  url: string;
  /** Direct access to the test database, for checking what was (not) stored. */
  knex: Knex;
  /** POSTs a GraphQL operation over real HTTP. */
  gql<T = any>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  close(): Promise<void>;
}

/**
 * A real server on a real port, backed by a fresh, migrated database of its own on the test
 * PostgreSQL (so test files can run in parallel without seeing each other's rows).
 */
export async function startTestServer(): Promise<TestServer> {
  const adminUrl = inject("adminDatabaseUrl");
  const name = `test_${randomBytes(6).toString("hex")}`;
  await ensureDatabase(adminUrl, name);
  const url = withDatabase(adminUrl, name);
  const knex = createKnex({ url, poolMax: 10 });
  await migrateLatest(knex);
  const app = await createApp({
    knex,
    logger: createLogger(process.env.TEST_LOG_LEVEL ?? "silent"),
    dashboardDir: "/nonexistent",
    bodyLimit: "5mb",
  });
  await new Promise<void>((resolve) => app.httpServer.listen(0, "127.0.0.1", resolve));
  const { port } = app.httpServer.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;
  return {
    url: base,
    knex,
    async gql(query, variables) {
      const response = await fetch(`${base}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse;
    },
    async close() {
      await app.stop();
      await knex.destroy();
      await dropDatabase(adminUrl, databaseName(url));
    },
  };
}

/** Row counts of every application table, to prove a rejected call stored nothing. */
export async function tableCounts(knex: Knex): Promise<Record<string, number>> {
  const tables = [
    "units",
    "contracts",
    "schemes",
    "revenue_records",
    "cost_records",
    "callbacks",
    "complaints",
    "dispatch_orders",
    "committee_members",
    "committee_scores",
    "committee_score_history",
    "implementation_rules",
  ];
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const row = await knex(table).count<{ count: number }[]>({ count: "*" }).first();
    counts[table] = Number(row?.count ?? 0);
  }
  return counts;
}
