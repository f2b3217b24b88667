import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { DomainError } from "../common/errors.ts";
import { isDatabaseUnavailable } from "./database-unavailable.ts";

/** Codes whose message is meant for the caller (bad queries, bad input, domain rules). */
const EXPOSED_CODES = new Set([
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_USER_INPUT",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "PERSISTED_QUERY_NOT_SUPPORTED",
  "OPERATION_RESOLUTION_FAILURE",
  "UNAUTHENTICATED",
  "FORBIDDEN",
]);

export const INTERNAL_MESSAGE = "Internal server error. Quote the request id to the administrator.";

/** Both languages: the dashboard is Chinese first, scripts and their logs read English. */
export const DATABASE_UNAVAILABLE_MESSAGE =
  "数据库暂时无法连接（可能正在重启），请几秒后重试；重新提交的批次只存入尚未存入的条目。" +
  " The database cannot be reached right now (it may be restarting). Retry in a few seconds;" +
  " a batch sent again stores only the entries not stored yet.";

/**
 * The one place errors become API errors: domain errors keep their message and code (with
 * details such as the invalid entries), a database that cannot be reached becomes the retryable
 * DATABASE_UNAVAILABLE (answered with HTTP 503 by unavailable-status-plugin.ts, or by the
 * context's own failure), GraphQL's own request errors pass through, anything else is masked (the
 * original is logged with the request id by the logging plugin).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = originalOf(error);
  if (original instanceof DomainError) {
    return {
      message: original.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: original.code, ...original.details },
    };
  }
  if (isDatabaseUnavailable(error)) {
    return {
      message: DATABASE_UNAVAILABLE_MESSAGE,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: "DATABASE_UNAVAILABLE", retryable: true },
    };
  }
  const databaseRule = mapDatabaseRule(original);
  if (databaseRule) return { ...databaseRule, locations: formatted.locations, path: formatted.path };
  const code = formatted.extensions?.code;
  if (typeof code === "string" && EXPOSED_CODES.has(code)) {
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
  }
  return { message: INTERNAL_MESSAGE, path: formatted.path, extensions: { code: "INTERNAL_SERVER_ERROR" } };
}

/** The error a resolver threw, or the one behind a failed request context (wrapped without a path). */
function originalOf(error: unknown): unknown {
  const unwrapped = unwrapResolverError(error);
  return unwrapped instanceof GraphQLError && unwrapped.originalError ? unwrapped.originalError : unwrapped;
}

/**
 * Rules the database enforces itself (finalised years, the append-only audit log) reach the
 * caller with the same codes the services use, so a race past a service check reads the same.
 */
function mapDatabaseRule(error: unknown): GraphQLFormattedError | null {
  const pgError = error as { code?: string; detail?: string } | null;
  if (pgError?.code === "SA001") {
    const year = Number(pgError.detail);
    return {
      message: `${year} is finalised: its records, contracts, scheme and scores can no longer change (the committee can reopen it)`,
      extensions: { code: "YEAR_FINALIZED", years: [year] },
    };
  }
  if (pgError?.code === "SA002") return { message: "The audit log cannot be changed", extensions: { code: "FORBIDDEN" } };
  return null;
}
