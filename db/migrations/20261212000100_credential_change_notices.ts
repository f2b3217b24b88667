import type { Knex } from "knex";

/**
 * Servers keep who a token or session belongs to for up to a minute (server/src/auth/viewer-cache.ts)
 * and must forget it as soon as that changes, on every instance: every change that can end a
 * credential or change its viewer sends a notice on the channel `station_credentials`, which each
 * instance listens to. PostgreSQL delivers a notice when its transaction commits (one per
 * transaction, however many rows), and whoever writes — the API, the command line, plain SQL —
 * sends it.
 *
 * Only the columns a signed-in viewer is made of count: a token's last use (written once a
 * minute on every token's use) and a new token or session (nothing knew it) send nothing.
 */
const CREDENTIALS_CHANNEL = "station_credentials";

const WATCHED: [table: string, columns: string[] | "all"][] = [
  ["api_tokens", ["token_hash", "user_id", "revoked_at", "expires_at"]],
  ["sessions", ["token_hash", "user_id", "expires_at"]],
  ["users", "all"],
  ["units", ["code"]],
  ["committee_members", ["name"]],
];

export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    create function notify_credentials_changed() returns trigger language plpgsql as $$
    begin
      perform pg_notify('${CREDENTIALS_CHANNEL}', '');
      return null;
    end $$;
  `);
  for (const [table, columns] of WATCHED) {
    const update = columns === "all" ? "update" : `update of ${columns.join(", ")}`;
    await knex.raw(
      `create trigger ${table}_credentials_changed after ${update} or delete on ${table} for each row execute function notify_credentials_changed()`,
    );
    await knex.raw(
      `create trigger ${table}_credentials_truncated after truncate on ${table} for each statement execute function notify_credentials_changed()`,
    );
  }
}

export async function down(knex: Knex): Promise<void> {
  for (const [table] of WATCHED) {
    await knex.raw(`drop trigger ${table}_credentials_changed on ${table}; drop trigger ${table}_credentials_truncated on ${table}`);
  }
  await knex.raw("drop function notify_credentials_changed()");
}
