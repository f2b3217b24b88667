import { randomUUID } from "node:crypto";
import type { NextFunction, Request, Response } from "express";
import type { GraphQLFormattedError } from "graphql";
import type { IncomingMessage, ServerResponse } from "node:http";
import { languageOf, type RequestState, requestState, runInRequest } from "../i18n/request-context.ts";

/*
 * Every API request gets an id, sent back as the x-request-id header and written on every log
 * line about it, and a language for its refusals. An answer the caller cannot act on
 * (INTERNAL_SERVER_ERROR) or should retry (DATABASE_UNAVAILABLE) carries the id too, so the
 * caller can quote it: whatever path produced the answer (a resolver, building the request
 * context, Apollo itself), since it is looked up from the request being handled.
 */

/**
 * Assigns id and language and runs the rest of the request's handling with them. Mounted after
 * the body parser: the parser resumes in the socket's callbacks, which would lose the store.
 */
export function assignRequestId(req: Request, res: Response, next: NextFunction): void {
  const state = newRequestState(req, res);
  res.locals.requestId = state.requestId;
  runInRequest(state, next);
}

/** A new request's id (sent back as x-request-id) and language; run its handling inside runInRequest. */
export function newRequestState(req: Pick<IncomingMessage, "headers">, res: Pick<ServerResponse, "setHeader">): RequestState & { requestId: string } {
  const requestId = randomUUID();
  res.setHeader("x-request-id", requestId);
  const language = languageOf(req.headers["accept-language"], headerValue(req.headers["x-language"]));
  return { requestId, language, signedIn: false };
}

const headerValue = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** The id of the request being handled, or a new one outside any (an error before the API). */
export function currentRequestId(): string {
  return requestState().requestId ?? randomUUID();
}

const QUOTED_CODES = new Set(["INTERNAL_SERVER_ERROR", "DATABASE_UNAVAILABLE"]);

/** Adds `extensions.requestId` to the answers whose caller may need to quote it. */
export function withRequestId(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code !== "string" || !QUOTED_CODES.has(code)) return formatted;
  return { ...formatted, extensions: { ...formatted.extensions, requestId: currentRequestId() } };
}
