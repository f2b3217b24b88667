import type { Request, Response } from "express";
import type { SessionCookie } from "../common/context.ts";
import { SESSION_COOKIE } from "./session.service.ts";

/** Reads one cookie without a parsing library (the session cookie is all we use). */
export function readCookie(req: Request, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? "").split(";")) {
    const [key, ...value] = part.trim().split("=");
    if (key === name) return decodeURIComponent(value.join("="));
  }
  return undefined;
}

export function readBearerToken(req: Request): string | undefined {
  const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? "");
  return match?.[1];
}

/** HttpOnly, SameSite=Strict, and Secure whenever the request came over HTTPS. */
export function sessionCookie(req: Request, res: Response): SessionCookie {
  const options = { httpOnly: true, sameSite: "strict" as const, secure: req.secure, path: "/" };
  return {
    token: readCookie(req, SESSION_COOKIE),
    set: (token, expiresAt) => res.cookie(SESSION_COOKIE, token, { ...options, expires: expiresAt }),
    clear: () => res.clearCookie(SESSION_COOKIE, options),
  };
}
