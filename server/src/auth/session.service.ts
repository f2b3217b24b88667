import type { Knex } from "knex";
import { DomainError } from "../common/errors.ts";
import { newSecret, secretHash, verifyPassword } from "./secrets.ts";
import { recordFailure, recordSuccess, secondsToWait, throttleCounts } from "./throttle.ts";
import { findUserByUsername, toViewer, USER_COLUMNS, type UserRow } from "./user.repository.ts";
import type { Viewer } from "./viewer.ts";

export const SESSION_COOKIE = "sa_session";
const SESSION_HOURS = 12;

/** A hash to verify against when the username is unknown, so both cases take the same time. */
const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$0jWlb9Ch0oTgN7qsE5h8yiBRa7WaNsT0FoNLE1bKQcs";

export interface SignedIn {
  viewer: Viewer;
  sessionToken: string;
  expiresAt: Date;
}

/** Checks the password (throttled, see throttle.ts) and opens a session; the same message for every failure. */
export async function signIn(
  knex: Knex,
  { username, password, address }: { username: string; password: string; address: string },
): Promise<SignedIn> {
  const name = username.trim().toLowerCase().slice(0, 100);
  const wait = secondsToWait(await throttleCounts(knex, name, address), Date.now());
  if (wait > 0) throw new DomainError("TOO_MANY_ATTEMPTS", "TOO_MANY_ATTEMPTS", { seconds: wait }, { retryAfterSeconds: wait });
  const user = await findUserByUsername(knex, name);
  const ok = await verifyPassword(user?.password_hash ?? DUMMY_HASH, password);
  if (!user || !ok || user.disabled) {
    await recordFailure(knex, name, address);
    throw new DomainError("UNAUTHENTICATED", "WRONG_CREDENTIALS");
  }
  await recordSuccess(knex, user.id, name, address);
  const sessionToken = newSecret("sas");
  const expiresAt = new Date(Date.now() + SESSION_HOURS * 3600 * 1000);
  await knex("sessions").insert({ token_hash: secretHash(sessionToken), user_id: user.id, expires_at: expiresAt });
  // Old sessions are cleaned up opportunistically on sign-in.
  await knex("sessions").where("expires_at", "<", new Date()).del();
  return { viewer: toViewer(user, "session"), sessionToken, expiresAt };
}

export async function signOut(knex: Knex, sessionToken: string | undefined): Promise<void> {
  if (sessionToken)
    await knex("sessions")
      .where({ token_hash: secretHash(sessionToken) })
      .del();
}

/**
 * The user behind a session cookie or a bearer token, or null: one indexed read (the credential
 * and its user, unit and member in one statement). A token records its use at most once a
 * minute, so reads do not write on every request.
 */
export async function authenticate(
  knex: Knex,
  { sessionToken, bearerToken }: { sessionToken?: string; bearerToken?: string },
): Promise<Viewer | null> {
  if (bearerToken) {
    const row = (await knex("api_tokens as t")
      .join("users as u", "u.id", "t.user_id")
      .leftJoin("units as n", "n.id", "u.unit_id")
      .leftJoin("committee_members as m", "m.id", "u.member_id")
      .where("t.token_hash", secretHash(bearerToken))
      .whereNull("t.revoked_at")
      .andWhere((q) => q.whereNull("t.expires_at").orWhere("t.expires_at", ">", knex.fn.now()))
      .andWhere("u.disabled", false)
      .first([...USER_COLUMNS, "t.id as token_id", "t.last_used_at as token_last_used_at"])) as
      | (UserRow & { token_id: number; token_last_used_at: Date | null })
      | undefined;
    if (!row) return null;
    if (!row.token_last_used_at || Date.now() - row.token_last_used_at.getTime() > 60_000) {
      await knex("api_tokens").where({ id: row.token_id }).update({ last_used_at: knex.fn.now() });
    }
    return toViewer(row, "token");
  }
  if (sessionToken) {
    const row = (await knex("sessions as s")
      .join("users as u", "u.id", "s.user_id")
      .leftJoin("units as n", "n.id", "u.unit_id")
      .leftJoin("committee_members as m", "m.id", "u.member_id")
      .where("s.token_hash", secretHash(sessionToken))
      .andWhere("s.expires_at", ">", knex.fn.now())
      .andWhere("u.disabled", false)
      .first(USER_COLUMNS)) as UserRow | undefined;
    return row ? toViewer(row, "session") : null;
  }
  return null;
}
