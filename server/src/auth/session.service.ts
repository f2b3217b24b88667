import type { Knex } from "knex";
import { DomainError } from "../common/errors.ts";
import { newSecret, secretHash, verifyPassword } from "./secrets.ts";
import { recordFailure, recordSuccess, secondsToWait, throttleCounts } from "./throttle.ts";
import { PREPARE } from "@station/db";
import { findUserByUsername, toViewer, type UserRow, VIEWER_COLUMNS, VIEWER_COLUMNS_SQL } from "./user.repository.ts";
import type { ViewerCache } from "./viewer-cache.ts";
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
 * The user behind a session cookie or a bearer token, or null: one indexed statement (the
 * credential with its user, unit and member), always read from the primary so that a
 * revocation, a sign-out or a disabled user takes effect at once on every instance. With a
 * viewer cache (viewer-cache.ts) a viewer read in the last minute is answered without it; the
 * credential notices clear that cache on every instance at the same moments. A token records its
 * use in the same statement, at most once a minute (the database's clock decides, so instances
 * with different clocks agree), so reads do not write on every request.
 */
export async function authenticate(
  knex: Knex,
  { sessionToken, bearerToken }: { sessionToken?: string; bearerToken?: string },
  cache: ViewerCache | null = null,
): Promise<Viewer | null> {
  const secret = bearerToken || sessionToken;
  if (!secret) return null;
  const hash = secretHash(secret);
  const credential = `${bearerToken ? "t" : "s"}:${hash}`;
  const kept = cache?.get(credential);
  if (kept) return kept;
  const ticket = cache?.ticket() ?? 0;
  const row = bearerToken ? await tokenViewerRow(knex, hash) : await sessionViewerRow(knex, hash);
  if (!row) return null;
  const viewer = toViewer(row, bearerToken ? "token" : "session");
  cache?.put(ticket, credential, viewer, row.credential_expires_at);
  return viewer;
}

type CredentialRow = UserRow & { credential_expires_at: Date | null };

async function tokenViewerRow(knex: Knex, tokenHash: string): Promise<CredentialRow | undefined> {
  const { rows } = (await knex
    .raw(
      `with credential as (
         select t.id, t.user_id, t.expires_at from api_tokens t
          where t.token_hash = ? and t.revoked_at is null and (t.expires_at is null or t.expires_at > now())
       ), touched as (
         update api_tokens set last_used_at = now()
          where id = (select id from credential) and (last_used_at is null or last_used_at < now() - interval '1 minute')
       )
       select ${VIEWER_COLUMNS_SQL}, c.expires_at as credential_expires_at from credential c
         join users u on u.id = c.user_id
         left join units n on n.id = u.unit_id
         left join committee_members m on m.id = u.member_id
        where not u.disabled`,
      [tokenHash],
    )
    .options(PREPARE)) as { rows: CredentialRow[] };
  return rows[0];
}

async function sessionViewerRow(knex: Knex, sessionHash: string): Promise<CredentialRow | undefined> {
  return (await knex("sessions as s")
    .join("users as u", "u.id", "s.user_id")
    .leftJoin("units as n", "n.id", "u.unit_id")
    .leftJoin("committee_members as m", "m.id", "u.member_id")
    .where("s.token_hash", sessionHash)
    .andWhere("s.expires_at", ">", knex.fn.now())
    .andWhere("u.disabled", false)
    .first([...VIEWER_COLUMNS, "s.expires_at as credential_expires_at"])
    .options(PREPARE)) as CredentialRow | undefined;
}
