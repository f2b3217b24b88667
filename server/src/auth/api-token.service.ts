import type { Knex } from "knex";
import { invalidField, NotFoundError } from "../common/errors.ts";
import { newSecret, secretHash } from "./secrets.ts";
import type { Viewer } from "./viewer.ts";

/** New tokens expire after this many days unless their owner asks otherwise. */
export const DEFAULT_TOKEN_DAYS = 90;
const MAX_TOKEN_DAYS = 3650;

export interface ApiTokenInfo {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
}

interface TokenRow {
  id: number;
  name: string;
  prefix: string;
  created_at: Date;
  last_used_at: Date | null;
  expires_at: Date | null;
  revoked_at: Date | null;
}

const toInfo = (row: TokenRow): ApiTokenInfo => ({
  id: String(row.id),
  name: row.name,
  prefix: row.prefix,
  createdAt: row.created_at.toISOString(),
  lastUsedAt: row.last_used_at?.toISOString() ?? null,
  expiresAt: row.expires_at?.toISOString() ?? null,
  revokedAt: row.revoked_at?.toISOString() ?? null,
});

/**
 * Creates a personal token; the secret is returned this once and only its hash is kept. It
 * expires after `expiresInDays` (default 90); 0 means never.
 */
export async function createApiToken(
  knex: Knex,
  viewer: Viewer,
  name: string,
  expiresInDays: number = DEFAULT_TOKEN_DAYS,
): Promise<{ token: string; info: ApiTokenInfo }> {
  const trimmed = name.trim();
  if (trimmed.length < 1) throw invalidField("name", "EMPTY");
  if ([...trimmed].length > 100) throw invalidField("name", "TOO_LONG", { max: 100, got: [...trimmed].length });
  if (!Number.isInteger(expiresInDays) || expiresInDays < 0 || expiresInDays > MAX_TOKEN_DAYS) {
    throw invalidField("expiresInDays", "WHOLE_NUMBER_RANGE", { min: 0, max: MAX_TOKEN_DAYS, got: expiresInDays });
  }
  const token = newSecret("sat");
  const [row] = await knex("api_tokens")
    .insert({
      user_id: viewer.userId,
      name: trimmed,
      token_hash: secretHash(token),
      prefix: token.slice(0, 10),
      expires_at: expiresInDays === 0 ? null : knex.raw("now() + make_interval(days => ?)", [expiresInDays]),
    })
    .returning("*");
  return { token, info: toInfo(row) };
}

export async function listApiTokens(knex: Knex, viewer: Viewer): Promise<ApiTokenInfo[]> {
  return (await knex("api_tokens").where({ user_id: viewer.userId }).orderBy("id")).map(toInfo);
}

/** Revokes one of the viewer's own tokens. */
export async function revokeApiToken(knex: Knex, viewer: Viewer, id: string): Promise<ApiTokenInfo> {
  const [row] = await knex("api_tokens")
    .where({ id: Number(id) || 0, user_id: viewer.userId })
    .update({ revoked_at: knex.raw("coalesce(revoked_at, now())") })
    .returning("*");
  if (!row) throw new NotFoundError("TOKEN_NOT_FOUND");
  return toInfo(row);
}
