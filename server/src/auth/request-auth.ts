import { parse, serialize } from "cookie";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { SessionCookie } from "../app/context.ts";
import { SESSION_COOKIE } from "./session.service.ts";

/**
 * Reads one cookie. A malformed value (say `sa_session=%E0%A4%A`) is not an error of the
 * server's: the cookie package leaves it undecoded, and an unknown session simply means
 * "signed out".
 */
export function readCookie(req: Pick<IncomingMessage, "headers">, name: string): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  try {
    return parse(header)[name];
  } catch {
    return undefined;
  }
}

/** Takes any request with headers: Express's, or node:http's (the GraphQL door, the benchmarks' servers). */
export function readBearerToken(req: Pick<IncomingMessage, "headers">): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? "");
  return match?.[1];
}

/**
 * HttpOnly, SameSite=Strict, and Secure whenever the request came over HTTPS (`secure`: Express's
 * req.secure, or what the GraphQL door works out the same way). Written as Express's res.cookie
 * and res.clearCookie write them; on node:http's response so that every door can use it.
 */
export function sessionCookie(req: Pick<IncomingMessage, "headers">, res: Pick<ServerResponse, "appendHeader">, secure: boolean): SessionCookie {
  const options = { httpOnly: true, sameSite: "strict" as const, secure, path: "/" };
  return {
    token: readCookie(req, SESSION_COOKIE),
    set: (token, expiresAt) => void res.appendHeader("set-cookie", serialize(SESSION_COOKIE, token, { ...options, expires: expiresAt })),
    clear: () => void res.appendHeader("set-cookie", serialize(SESSION_COOKIE, "", { ...options, expires: new Date(1) })),
  };
}
