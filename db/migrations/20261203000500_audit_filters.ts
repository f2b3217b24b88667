import type { Knex } from "knex";

/** The audit page filters by who acted over a period; the log grows with every change. */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable("audit_log", (t) => t.index(["actor", "at"], "audit_log_actor_at_idx"));
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable("audit_log", (t) => t.dropIndex(["actor", "at"], "audit_log_actor_at_idx"));
}
