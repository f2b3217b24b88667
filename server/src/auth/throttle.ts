import type { Knex } from "knex";

/**
 * Slows password guessing without letting anyone lock an account, with every count kept in
 * PostgreSQL (shared by every server instance, kept across restarts, pruned as it ages):
 *
 * * per (username, address): after FREE_FAILURES failures each further attempt waits twice as
 *   long as the one before (2 s, 4 s, … up to MAX_BACKOFF_S) — an attacker elsewhere does not
 *   slow the owner down;
 * * per address, across usernames: more than MAX_FAILURES_PER_ADDRESS in the window blocks that
 *   address (username spraying);
 * * per username, across addresses: more than MAX_FAILURES_PER_USERNAME in the window blocks the
 *   username — except from an address the owner has signed in from before, so a distributed
 *   guess cannot lock the owner out.
 */
export const WINDOW_MINUTES = 15;
const FREE_FAILURES = 3;
const MAX_BACKOFF_S = 15 * 60;
const MAX_FAILURES_PER_ADDRESS = 30;
const MAX_FAILURES_PER_USERNAME = 20;

export interface ThrottleCounts {
  /** Failures of this username from this address in the window, and the last one's time. */
  pairFailures: number;
  pairLastFailureMs: number | null;
  addressFailures: number;
  usernameFailures: number;
  knownAddress: boolean;
}

/** Seconds until the next attempt may go ahead (0: now), from the counts. A pure rule. */
export function secondsToWait(counts: ThrottleCounts, nowMs: number): number {
  let wait = 0;
  if (counts.pairFailures >= FREE_FAILURES && counts.pairLastFailureMs !== null) {
    const backoff = Math.min(MAX_BACKOFF_S, 2 ** (counts.pairFailures - FREE_FAILURES + 1));
    wait = Math.max(wait, Math.ceil((counts.pairLastFailureMs + backoff * 1000 - nowMs) / 1000));
  }
  if (counts.addressFailures >= MAX_FAILURES_PER_ADDRESS) wait = Math.max(wait, WINDOW_MINUTES * 60);
  if (counts.usernameFailures >= MAX_FAILURES_PER_USERNAME && !counts.knownAddress) wait = Math.max(wait, WINDOW_MINUTES * 60);
  return Math.max(0, wait);
}

/** Everything the rule needs, in one statement. */
export async function throttleCounts(knex: Knex, username: string, address: string): Promise<ThrottleCounts> {
  const { rows } = await knex.raw(
    `select
       (select count(*) from sign_in_failures where username = :username and address = :address and failed_at > now() - make_interval(mins => :window))::int as pair,
       (select extract(epoch from max(failed_at)) * 1000 from sign_in_failures where username = :username and address = :address and failed_at > now() - make_interval(mins => :window))::float8 as pair_last,
       (select count(*) from sign_in_failures where address = :address and failed_at > now() - make_interval(mins => :window))::int as by_address,
       (select count(*) from sign_in_failures where username = :username and failed_at > now() - make_interval(mins => :window))::int as by_username,
       exists (select 1 from known_sign_in_addresses k join users u on u.id = k.user_id where u.username = :username and k.address = :address) as known`,
    { username, address, window: WINDOW_MINUTES },
  );
  const row = rows[0];
  return {
    pairFailures: row.pair,
    pairLastFailureMs: row.pair_last === null ? null : Number(row.pair_last),
    addressFailures: row.by_address,
    usernameFailures: row.by_username,
    knownAddress: row.known,
  };
}

export async function recordFailure(knex: Knex, username: string, address: string): Promise<void> {
  await knex("sign_in_failures").insert({ username, address });
  // Forgetting what has aged out keeps the table small under spraying (bounded by the window).
  if (Math.random() < 0.05) await knex("sign_in_failures").where("failed_at", "<", knex.raw("now() - interval '1 day'")).del();
}

/** A success clears the pair's failures and remembers the address as the owner's. */
export async function recordSuccess(knex: Knex, userId: number, username: string, address: string): Promise<void> {
  await knex("sign_in_failures").where({ username, address }).del();
  await knex("known_sign_in_addresses")
    .insert({ user_id: userId, address })
    .onConflict(["user_id", "address"])
    .merge({ last_success_at: knex.fn.now() });
}
