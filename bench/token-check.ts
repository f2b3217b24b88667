import { createHash } from "node:crypto";
import type pg from "pg";

/**
 * The yardsticks' sign-in (bare-server.ts, postgraphile-server.ts): the Bearer token checked in
 * one indexed statement, api_tokens joined to users by the token's SHA-256, as the product must.
 */
export async function signedIn(pool: pg.Pool, header: string | undefined): Promise<boolean> {
  const token = header?.startsWith("Bearer ") ? header.slice(7) : null;
  if (!token) return false;
  const hash = createHash("sha256").update(token).digest("hex");
  const { rows } = await pool.query(
    `select 1 from api_tokens t join users u on u.id = t.user_id
     where t.token_hash = $1 and t.revoked_at is null and not u.disabled`,
    [hash],
  );
  return rows.length === 1;
}
