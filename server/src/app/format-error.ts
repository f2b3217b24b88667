import { unwrapResolverError } from "@apollo/server/errors";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { DomainError, describeInvalidField, type InvalidField } from "../common/errors.ts";
import { fieldLabel, type ReasonCode, type ReasonParams, reasonText } from "../i18n/field-reasons.ts";
import { messageText } from "../i18n/messages.ts";
import { currentLanguage, type Language, requestState } from "../i18n/request-context.ts";
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
  "QUERY_LIMIT",
]);

/** The masked answer's text; `extensions.requestId` carries the id itself. */
export const internalMessage = (language: Language = currentLanguage()) =>
  messageText("INTERNAL", { requestId: requestState().requestId ?? "—" }, language);

/** Both languages at once: a script's log and the dashboard both read it. */
export const DATABASE_UNAVAILABLE_MESSAGE = `${messageText("DATABASE_UNAVAILABLE", {}, "zh")} ${messageText("DATABASE_UNAVAILABLE", {}, "en")}`;

/**
 * The one place errors become API errors, in the request's language:
 * * domain errors keep their code and details (the invalid entries with their row, reason code,
 *   values and text);
 * * a database that cannot be reached becomes the retryable DATABASE_UNAVAILABLE (answered with
 *   HTTP 503 by unavailable-status-plugin.ts, or by the context's own failure);
 * * a variable graphql-js refused (a bad Money, Date or enum) names the entry and field the same
 *   way as our own checks;
 * * GraphQL's own request errors pass through, minus schema hints for callers not signed in;
 * * anything else is masked (the original is logged with the request id by the logging plugin).
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const language = currentLanguage();
  const where = { locations: formatted.locations, path: formatted.path };
  const original = originalOf(error);
  if (original instanceof DomainError) {
    return { message: original.localizedMessage(language), ...where, extensions: original.extensions(language) };
  }
  if (isDatabaseUnavailable(error)) {
    return { message: DATABASE_UNAVAILABLE_MESSAGE, ...where, extensions: { code: "DATABASE_UNAVAILABLE", retryable: true } };
  }
  const databaseRule = mapDatabaseRule(original, language);
  if (databaseRule) return { ...databaseRule, ...where };
  const code = formatted.extensions?.code;
  if (typeof code === "string" && EXPOSED_CODES.has(code)) {
    const variable = refusedVariable(formatted.message, error, language);
    if (variable) return { ...variable, ...where };
    const message = requestState().signedIn ? formatted.message : withoutSchemaHints(formatted.message);
    return { message, ...where, extensions: { code, ...limitDetails(formatted) } };
  }
  return { message: internalMessage(language), path: formatted.path, extensions: { code: "INTERNAL_SERVER_ERROR" } };
}

/** The error a resolver threw, or the one behind a failed request context (wrapped without a path). */
function originalOf(error: unknown): unknown {
  const unwrapped = unwrapResolverError(error);
  return unwrapped instanceof GraphQLError && unwrapped.originalError ? unwrapped.originalError : unwrapped;
}

/** "Did you mean …" would describe the schema to someone who has not signed in. */
export function withoutSchemaHints(message: string): string {
  return message.replace(/\s*Did you mean [^?]*\?/g, "");
}

function limitDetails(formatted: GraphQLFormattedError): Record<string, unknown> {
  const limit = formatted.extensions?.limit;
  return limit === undefined ? {} : { limit };
}

/**
 * graphql-js refuses a bad variable before any resolver runs: `Variable "$entries" got invalid
 * value "12.345" at "entries[3].amount"; …`. Turned into the same `invalid[]` as our checks, so
 * the clerk sees row 4's amount, not a path.
 */
const VARIABLE_ERROR = /^Variable "\$(\w+)" got invalid value .*? at "([^"]+)"; (.*)$/s;
const PATH_PART = /^(?:\w+)(?:\[(\d+)\])?(?:\.(.+))?$/;

function refusedVariable(message: string, error: unknown, language: Language): GraphQLFormattedError | null {
  const match = VARIABLE_ERROR.exec(message);
  if (!match) return null;
  const [, , path, detail] = match;
  const parts = PATH_PART.exec(path);
  const index = parts?.[1] === undefined ? undefined : Number(parts[1]);
  const field = parts?.[2] ?? path;
  const cause = (error as { originalError?: { extensions?: { reason?: ReasonCode; params?: ReasonParams } } } | null)?.originalError;
  const reason: ReasonCode = cause?.extensions?.reason ?? "UNKNOWN_VALUE";
  const params: ReasonParams = cause?.extensions?.params ?? { got: detail.replace(/\s*Did you mean [^?]*\?/g, ""), allowed: "—" };
  const invalid: InvalidField = { ...(index === undefined ? {} : { index }), field, reason, params };
  const text = cause?.extensions?.reason ? reasonText(reason, params, language) : detail;
  const row = index === undefined ? "" : language === "zh" ? `第 ${index + 1} 行 ` : `row ${index + 1} `;
  const shownText = requestState().signedIn ? text : withoutSchemaHints(text);
  return {
    message: messageText(
      index === undefined ? "INVALID_INPUT" : "INVALID_ENTRIES",
      { count: 1, details: `${row}${fieldLabel(field, language)}: ${shownText}` },
      language,
    ),
    extensions: { code: "BAD_USER_INPUT", invalid: [{ ...describeInvalidField(invalid, language), message: shownText }] },
  };
}

/**
 * Rules the database enforces itself (finalised years, the append-only audit log) reach the
 * caller with the same codes the services use, so a race past a service check reads the same.
 */
function mapDatabaseRule(error: unknown, language: Language): GraphQLFormattedError | null {
  const pgError = error as { code?: string; detail?: string } | null;
  if (pgError?.code === "SA001") {
    const year = Number(pgError.detail);
    return { message: messageText("YEAR_FINALIZED", { years: String(year) }, language), extensions: { code: "YEAR_FINALIZED", years: [year] } };
  }
  if (pgError?.code === "SA002") return { message: messageText("AUDIT_APPEND_ONLY", {}, language), extensions: { code: "FORBIDDEN" } };
  return null;
}
