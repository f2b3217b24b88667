import type { Knex } from "knex";

/**
 * People who sign in, their browser sessions and their personal API tokens. Passwords and
 * tokens are stored only as hashes (argon2id for passwords, SHA-256 for random tokens: a token
 * has 256 bits of entropy, so a fast hash is enough and lets us look it up by hash).
 */
const ROLES = ["ADMIN", "COMMITTEE", "EXECUTIVE", "ANALYST", "CLERK", "STATION_HEAD"];

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable("users", (t) => {
    t.increments("id");
    t.text("username").notNullable().unique();
    t.text("display_name").notNullable();
    t.text("password_hash").notNullable();
    t.specificType("roles", "text[]").notNullable();
    // A station head is bound to one unit; a committee member scores under one member name.
    t.integer("unit_id").references("units.id").onDelete("RESTRICT");
    t.integer("member_id").references("committee_members.id").onDelete("RESTRICT");
    t.boolean("disabled").notNullable().defaultTo(false);
    t.timestamp("created_at", { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp("password_changed_at", { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.check("username ~ '^[a-z][a-z0-9._-]{1,39}$'", [], "users_username_format");
    t.check(`roles <@ array[${ROLES.map((r) => `'${r}'`).join(", ")}]::text[] and cardinality(roles) > 0`, [], "users_roles_valid");
    t.check("not ('STATION_HEAD' = any(roles)) or unit_id is not null", [], "users_station_head_has_unit");
  });

  await knex.schema.createTable("sessions", (t) => {
    t.text("token_hash").primary();
    t.integer("user_id").notNullable().references("users.id").onDelete("CASCADE");
    t.timestamp("created_at", { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp("expires_at", { useTz: true }).notNullable();
    t.index(["user_id"], "sessions_user_idx");
  });

  await knex.schema.createTable("api_tokens", (t) => {
    t.increments("id");
    t.integer("user_id").notNullable().references("users.id").onDelete("CASCADE");
    t.text("name").notNullable();
    t.text("token_hash").notNullable().unique();
    // The first characters, shown in lists so the owner can tell tokens apart.
    t.text("prefix").notNullable();
    t.timestamp("created_at", { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp("last_used_at", { useTz: true });
    t.timestamp("revoked_at", { useTz: true });
    t.index(["user_id"], "api_tokens_user_idx");
    t.check("length(name) between 1 and 100", [], "api_tokens_name_length");
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists("api_tokens");
  await knex.schema.dropTableIfExists("sessions");
  await knex.schema.dropTableIfExists("users");
}
