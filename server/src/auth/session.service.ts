import type { Knex } from "knex";
import { DomainError } from "../common/errors.ts";
import { newSecret, secretHash, verifyPassword } from "./secrets.ts";
import type { SignInThrottle } from "./throttle.ts";
import { findUserById, findUserByUsername, toViewer } from "./user.repository.ts";
import type { Viewer } from "./viewer.ts";

export const SESSION_COOKIE = "sa_session";
export const SESSION_HOURS = 12;

/** A hash to verify against when the username is unknown, so both cases take the same time. */
const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$0jWlb9Ch0oTgN7qsE5h8yiBRa7WaNsT0FoNLE1bKQcs";

export interface SignedIn {
  viewer: Viewer;
  sessionToken: string;
  expiresAt: Date;
}

/** Checks the password (throttled) and opens a session; the same message for every failure. */
export async function signIn(
  knex: Knex,
  throttle: SignInThrottle,
  { username, password, address }: { username: string; password: string; address: string },
): Promise<SignedIn> {
  const name = username.trim().toLowerCase();
  const wait = throttle.retryAfter(name, address);
  if (wait > 0) {
    throw new DomainError("TOO_MANY_ATTEMPTS", `Too many failed sign-ins; try again in ${Math.ceil(wait / 60)} minute(s)`, {
      retryAfterSeconds: wait,
    });
  }
  const user = await findUserByUsername(knex, name);
  const ok = await verifyPassword(user?.password_hash ?? DUMMY_HASH, password);
  if (!user || !ok || user.disabled) {
    throttle.recordFailure(name, address);
    throw new DomainError("UNAUTHENTICATED", "Wrong username or password, or the account is disabled");
  }
  throttle.recordSuccess(name);
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

/** The user behind a session cookie or a bearer token, or null. */
export async function authenticate(
  knex: Knex,
  { sessionToken, bearerToken }: { sessionToken?: string; bearerToken?: string },
): Promise<Viewer | null> {
  if (bearerToken) {
    const token = await knex("api_tokens")
      .where({ token_hash: secretHash(bearerToken) })
      .whereNull("revoked_at")
      .first("id", "user_id", "last_used_at");
    if (!token) return null;
    const user = await findUserById(knex, token.user_id);
    if (!user || user.disabled) return null;
    // Recording use at most once a minute keeps reads from writing on every request.
    if (!token.last_used_at || Date.now() - token.last_used_at.getTime() > 60_000) {
      await knex("api_tokens").where({ id: token.id }).update({ last_used_at: knex.fn.now() });
    }
    return toViewer(user, "token");
  }
  if (sessionToken) {
    const session = await knex("sessions")
      .where({ token_hash: secretHash(sessionToken) })
      .andWhere("expires_at", ">", new Date())
      .first("user_id");
    if (!session) return null;
    const user = await findUserById(knex, session.user_id);
    return user && !user.disabled ? toViewer(user, "session") : null;
  }
  return null;
}
