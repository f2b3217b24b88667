/** Pure helpers of the API token page: ordering, name check and the curl example. */

export interface TokenLike {
  id: string;
  name: string;
  createdAt: string;
  revokedAt?: string | null;
}

/** Working tokens first, newest first within each group (the server lists them oldest first). */
export function sortTokens<T extends TokenLike>(tokens: readonly T[]): T[] {
  return [...tokens].sort(
    (a, b) => Number(!!a.revokedAt) - Number(!!b.revokedAt) || b.createdAt.localeCompare(a.createdAt) || Number(b.id) - Number(a.id),
  );
}

/** The server's rule (1–100 characters after trimming); keys into the view's texts. */
export function checkTokenName(name: string): "required" | "tooLong" | null {
  const trimmed = name.trim();
  if (trimmed === "") return "required";
  if ([...trimmed].length > 100) return "tooLong";
  return null;
}

/**
 * A ready-to-paste request with the new secret. The origin is the page's own, so the example
 * points at the server the user is looking at; the query is the smallest useful one.
 */
export function curlExample(secret: string, origin: string): string {
  const body = JSON.stringify({ query: "{ units { code } }" });
  return `curl -H "Authorization: Bearer ${secret}" -H "content-type: application/json" -d '${body}' ${origin.replace(/\/+$/, "")}/graphql`;
}

/** Lifetimes offered for a new token, in days (0: never expires); the server's default is 90. */
export const TOKEN_LIFETIMES = [30, 90, 365, 0] as const;
export const DEFAULT_TOKEN_DAYS = 90;

/** Whether a token no longer works because its expiry has passed. */
export function isExpired(token: { expiresAt?: string | null }, now: number = Date.now()): boolean {
  return !!token.expiresAt && Date.parse(token.expiresAt) <= now;
}
