import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import type { NextFunction, Request, Response } from "express";
import type { GraphQLFormattedError } from "graphql";

/*
 * Every API request gets an id, sent back as the x-request-id header and written on every log
 * line about it. An answer the caller cannot act on (INTERNAL_SERVER_ERROR) or should retry
 * (DATABASE_UNAVAILABLE) carries it too, so the caller can quote it: whatever path produced the
 * answer (a resolver, building the request context, Apollo itself), since the id is looked up
 * from the request being handled rather than handed along.
 */

const requests = new AsyncLocalStorage<{ requestId: string }>();

/**
 * Assigns the id and runs the rest of the request's handling with it. Mounted after the body
 * parser: the parser resumes in the socket's callbacks, which would lose the id.
 */
export function assignRequestId(_req: Request, res: Response, next: NextFunction): void {
  const requestId = randomUUID();
  res.setHeader("x-request-id", requestId);
  res.locals.requestId = requestId;
  requests.run({ requestId }, next);
}

/** The id of the request being handled, or a new one outside any (an error before the API). */
export function currentRequestId(): string {
  return requests.getStore()?.requestId ?? randomUUID();
}

const QUOTED_CODES = new Set(["INTERNAL_SERVER_ERROR", "DATABASE_UNAVAILABLE"]);

/** Adds `extensions.requestId` to the answers whose caller may need to quote it. */
export function withRequestId(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code !== "string" || !QUOTED_CODES.has(code)) return formatted;
  return { ...formatted, extensions: { ...formatted.extensions, requestId: currentRequestId() } };
}
