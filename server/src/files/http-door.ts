import type { Request, Response } from "express";
import type { Knex } from "knex";
import { foreignOrigin } from "../app/origin-check.ts";
import { readBearerToken, sessionCookie } from "../auth/request-auth.ts";
import type { Role } from "../auth/role.ts";
import { authenticate } from "../auth/session.service.ts";
import { hasRole, type Viewer } from "../auth/viewer.ts";
import type { DomainError } from "../common/errors.ts";
import { type MessageKey, type MessageParams, messageText } from "../i18n/messages.ts";
import { currentLanguage } from "../i18n/request-context.ts";

/** A refusal in the API's shape, in the request's language. */
export function refuse(
  res: Response,
  status: number,
  code: string,
  key: MessageKey,
  params: MessageParams = {},
  details: Record<string, unknown> = {},
): void {
  res.status(status).json({ errors: [{ message: messageText(key, params, currentLanguage()), extensions: { code, ...details } }] });
}

export function refuseDomainError(res: Response, error: DomainError): void {
  const status = { NOT_FOUND: 404, FORBIDDEN: 403, UNAUTHENTICATED: 401, YEAR_FINALIZED: 409, CONFLICT: 409 }[error.code as string] ?? 400;
  res.status(status).json({ errors: [{ message: error.localizedMessage(currentLanguage()), extensions: error.extensions(currentLanguage()) }] });
}

/**
 * The file doors sign in exactly as /graphql does (session cookie or Bearer token) and, for a
 * cookie-carried change, apply the same Origin check as the GraphQL mutations. Answers the
 * refusal itself and returns null when the caller may not go on.
 */
export async function signedInCaller(
  knex: Knex,
  req: Request,
  res: Response,
  options: { roles: Role[]; operation: string; changes: boolean; allowedOrigins: readonly string[] },
): Promise<Viewer | null> {
  const viewer = await authenticate(knex, { sessionToken: sessionCookie(req, res, req.secure).token, bearerToken: readBearerToken(req) });
  if (!viewer) {
    refuse(res, 401, "UNAUTHENTICATED", "SIGN_IN_FIRST");
    return null;
  }
  if (!hasRole(viewer, ...options.roles)) {
    refuse(res, 403, "FORBIDDEN", "NEEDS_ROLE", { operation: options.operation, roles: options.roles.join(", ") });
    return null;
  }
  if (options.changes && viewer.via === "session") {
    const foreign = foreignOrigin({ origin: req.headers.origin, referer: req.headers.referer, host: req.headers.host }, options.allowedOrigins);
    if (foreign !== null) {
      refuse(res, 403, "FORBIDDEN", "ORIGIN_NOT_ALLOWED", { origin: foreign.slice(0, 100) }, { reason: "ORIGIN_NOT_ALLOWED" });
      return null;
    }
  }
  return viewer;
}
