import { GraphQLError } from "graphql";

/*
 * Which failures mean "the database cannot be reached right now" (as opposed to a bug or a bad
 * query): the request may simply be sent again once PostgreSQL is back. The HTTP answer is 503
 * with the code DATABASE_UNAVAILABLE (format-error.ts, unavailable-status-plugin.ts).
 */

/** Socket errors of a connection that could not be made or was cut. */
const NETWORK_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ECONNABORTED",
  "EPIPE",
  "ETIMEDOUT",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "ENOTFOUND",
  "EAI_AGAIN",
]);

/**
 * PostgreSQL's SQLSTATEs: class 08 (connection exception), 57P01 admin_shutdown (a fast shutdown
 * ended the session), 57P02 crash_shutdown (another server process crashed), 57P03
 * cannot_connect_now (starting up, recovering or shutting down).
 */
const SQLSTATE = /^(08[0-9A-Z]{3}|57P0[123])$/;

/** node-postgres's own messages for a lost or impossible connection; knex prefixes them with the SQL. */
const DRIVER_MESSAGES = /Connection terminated|is not queryable|^timeout expired$/;

export function isDatabaseUnavailable(error: unknown): boolean {
  return causesOf(error).some(isUnavailableItself);
}

function isUnavailableItself(error: object): boolean {
  const { code, name, message } = error as { code?: unknown; name?: unknown; message?: unknown };
  if (typeof code === "string" && (NETWORK_CODES.has(code) || SQLSTATE.test(code))) return true;
  // The pool found no connection in time: every one is busy, or none can be made.
  if (name === "KnexTimeoutError") return true;
  return typeof message === "string" && DRIVER_MESSAGES.test(message);
}

/**
 * The error and everything it wraps: GraphQL's originalError (a resolver's or the context's
 * error), `cause`, and the attempts of an AggregateError (Node tries each address of a host).
 */
function causesOf(error: unknown, depth = 0): object[] {
  if (!error || typeof error !== "object" || depth > 5) return [];
  const inner: unknown[] = [];
  if (error instanceof GraphQLError) inner.push(error.originalError);
  if ("cause" in error) inner.push(error.cause);
  if (error instanceof AggregateError) inner.push(...error.errors);
  return [error, ...inner.flatMap((e) => causesOf(e, depth + 1))];
}
