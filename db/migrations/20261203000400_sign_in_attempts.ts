import type { Knex } from "knex";

/**
 * Sign-in throttling kept in PostgreSQL, so every server instance counts the same failures and a
 * restart forgets nothing. Failures are counted per (username, address) for the backoff, per
 * address against spraying, and per username across addresses against a distributed guess —
 * which a correct password from an address the owner signed in from before still passes.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable("sign_in_failures", (t) => {
    t.bigIncrements("id");
    t.text("username").notNullable();
    t.text("address").notNullable();
    t.timestamp("failed_at", { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(["username", "failed_at"], "sign_in_failures_username_idx");
    t.index(["address", "failed_at"], "sign_in_failures_address_idx");
    t.index(["failed_at"], "sign_in_failures_at_idx");
  });
  await knex.schema.createTable("known_sign_in_addresses", (t) => {
    t.integer("user_id").notNullable().references("users.id").onDelete("CASCADE");
    t.text("address").notNullable();
    t.timestamp("last_success_at", { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.primary(["user_id", "address"]);
  });
  await knex.schema.alterTable("api_tokens", (t) => {
    // Optional expiry (null: never); new tokens default to 90 days in the service.
    t.timestamp("expires_at", { useTz: true });
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists("known_sign_in_addresses");
  await knex.schema.dropTableIfExists("sign_in_failures");
  await knex.schema.alterTable("api_tokens", (t) => t.dropColumn("expires_at"));
}
