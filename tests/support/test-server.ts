import { createKnex, dropDatabase, ensureDatabase, migrateLatest, withDatabase, databaseName } from "@station/db";
import { createApp, createLogger } from "@station/server";
import { createHash, randomBytes } from "node:crypto";
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
  /** The test database's connection URL (for the command line under test). */
  databaseUrl: string;
  /** Direct access to the test database, for checking what was (not) stored. */
  knex: Knex;
  /** With `readReplica`: the server's second pool on the same database, standing in for a replica. */
  readKnex: Knex | null;
  /** POSTs a GraphQL operation over real HTTP as the test administrator. */
  gql<T = any>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** POSTs as the test administrator asking for answers in a language (Accept-Language). */
  gqlIn<T = any>(language: string, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** POSTs as whoever the token belongs to, or anonymously with null (English answers). */
  gqlAs<T = any>(token: string | null, query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** Creates a user with these roles and returns an API token for it. */
  userWithRoles(username: string, roles: string[], extra?: { unitCode?: string; memberName?: string }): Promise<string>;
  close(): Promise<void>;
}

/**
 * A real server on a real port, backed by a fresh, migrated database of its own on the test
 * PostgreSQL (so test files can run in parallel without seeing each other's rows).
 */
export async function startTestServer(options: { dashboardDir?: string; trustProxy?: boolean; readReplica?: boolean } = {}): Promise<TestServer> {
  const adminUrl = inject("adminDatabaseUrl");
  const name = `test_${randomBytes(6).toString("hex")}`;
  await ensureDatabase(adminUrl, name);
  const url = withDatabase(adminUrl, name);
  const knex = createKnex({ url, poolMax: 10 });
  await migrateLatest(knex);
  // TEST_READ_REPLICA=1 runs any test file with its queries routed through a second pool.
  const readKnex =
    (options.readReplica ?? process.env.TEST_READ_REPLICA === "1") ? createKnex({ url, poolMax: 10, applicationName: "station-test-read" }) : null;
  const app = await createApp({
    knex,
    readKnex,
    logger: createLogger(process.env.TEST_LOG_LEVEL ?? "silent"),
    dashboardDir: options.dashboardDir ?? "/nonexistent",
    bodyLimit: "1mb", // the production default
    trustProxy: options.trustProxy ?? false,
  });
  await new Promise<void>((resolve) => app.httpServer.listen(0, "127.0.0.1", resolve));
  const { port } = app.httpServer.address() as AddressInfo;
  const base = `http://127.0.0.1:${port}`;
  const send = async (language: string, token: string | null, query: string, variables?: Record<string, unknown>) => {
    const response = await fetch(`${base}/graphql`, {
      method: "POST",
      // English by default so assertions read the same as the code; tests of Chinese refusals use gqlIn.
      headers: { "content-type": "application/json", "accept-language": language, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLResponse;
  };
  const gqlAs = (token: string | null, query: string, variables?: Record<string, unknown>) => send("en", token, query, variables);
  const userWithRoles = (username: string, roles: string[], extra: { unitCode?: string; memberName?: string } = {}) =>
    createUserWithToken(knex, username, roles, extra);
  const adminToken = await userWithRoles("test-admin", ["ADMIN"]);
  return {
    url: base,
    databaseUrl: url,
    knex,
    readKnex,
    gql: (query, variables) => gqlAs(adminToken, query, variables),
    gqlAs,
    gqlIn: (language, query, variables) => send(language, adminToken, query, variables),
    userWithRoles,
    async close() {
      await app.stop();
      await knex.destroy();
      await readKnex?.destroy();
      await dropDatabase(adminUrl, databaseName(url));
    },
  };
}

/**
 * A user and a personal API token written straight into the database (tests need identities
 * before any exists; the password hash is never used, sign-in has its own tests).
 */
export async function createUserWithToken(
  knex: Knex,
  username: string,
  roles: string[],
  { unitCode, memberName }: { unitCode?: string; memberName?: string } = {},
): Promise<string> {
  if (unitCode) await knex("units").insert({ code: unitCode, name: unitCode, kind: "STATION" }).onConflict("code").ignore();
  if (memberName) await knex("committee_members").insert({ name: memberName }).onConflict("name").ignore();
  const unit = unitCode ? await knex("units").where({ code: unitCode }).first("id") : null;
  const member = memberName ? await knex("committee_members").where({ name: memberName }).first("id") : null;
  const [user] = await knex("users")
    .insert({ username, display_name: username, password_hash: "unused", roles, unit_id: unit?.id ?? null, member_id: member?.id ?? null })
    .returning("id");
  const token = `sat_test_${randomBytes(24).toString("base64url")}`;
  await knex("api_tokens").insert({
    user_id: user.id,
    name: "tests",
    token_hash: createHash("sha256").update(token).digest("hex"),
    prefix: token.slice(0, 10),
  });
  return token;
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
    "unit_staff",
    "unit_vehicles",
    "committee_memberships",
    "rule_files",
    "implementation_rule_attachments",
    "rule_acknowledgements",
    "fee_tariffs",
    "household_register",
    "arrears_households",
    "dunning_actions",
    "opening_arrears",
  ];
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const row = await knex(table).count<{ count: number }[]>({ count: "*" }).first();
    counts[table] = Number(row?.count ?? 0);
  }
  return counts;
}
