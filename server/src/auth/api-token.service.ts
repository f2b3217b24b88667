import type { Knex } from "knex";
import { InvalidInputError, NotFoundError } from "../common/errors.ts";
import { newSecret, secretHash } from "./secrets.ts";
import type { Viewer } from "./viewer.ts";

export interface ApiTokenInfo {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

const toInfo = (row: {
  id: number;
  name: string;
  prefix: string;
  created_at: Date;
  last_used_at: Date | null;
  revoked_at: Date | null;
}): ApiTokenInfo => ({
  id: String(row.id),
  name: row.name,
  prefix: row.prefix,
  createdAt: row.created_at.toISOString(),
  lastUsedAt: row.last_used_at?.toISOString() ?? null,
  revokedAt: row.revoked_at?.toISOString() ?? null,
});

/** Creates a personal token; the secret is returned this once and only its hash is kept. */
export async function createApiToken(knex: Knex, viewer: Viewer, name: string): Promise<{ token: string; info: ApiTokenInfo }> {
  const trimmed = name.trim();
  if (trimmed.length < 1 || trimmed.length > 100) {
    throw new InvalidInputError([{ field: "name", reason: "must be 1–100 characters" }], "token");
  }
  const token = newSecret("sat");
  const [row] = await knex("api_tokens")
    .insert({ user_id: viewer.userId, name: trimmed, token_hash: secretHash(token), prefix: token.slice(0, 10) })
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
  if (!row) throw new NotFoundError("You have no token with that id");
  return toInfo(row);
}
