import { CombinedGraphQLErrors, ServerError } from "@apollo/client/errors";

/** A GraphQL error as the server formats it (see server/src/common/errors.ts). */
export interface ApiError {
  message: string;
  code?: string;
  extensions: Record<string, unknown>;
}

/**
 * One bad field of an input; `index` is the entry's position in a batch. The server sends a
 * reason code with its values and the text in the language the dashboard asked for; `reason`
 * here is that text (the code is kept in `code`).
 */
export interface InvalidField {
  index?: number;
  field: string;
  reason: string;
  code?: string;
}

export interface IncompleteUnit {
  unitCode: string;
  missing: { dimension: string; have: number; need: number }[];
}

/** The GraphQL errors inside whatever Apollo threw or returned (empty for network failures). */
export function apiErrors(error: unknown): ApiError[] {
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.map((e) => ({
      message: e.message,
      code: typeof e.extensions?.code === "string" ? e.extensions.code : undefined,
      extensions: (e.extensions ?? {}) as Record<string, unknown>,
    }));
  }
  return [];
}

/** The first error's `extensions.code`, e.g. YEAR_FINALIZED. */
export function errorCode(error: unknown): string | undefined {
  return apiErrors(error).find((e) => e.code)?.code;
}

/**
 * graphql-js rejects a bad variable before any resolver runs, naming only the place:
 * `Variable "$entries" got invalid value "12.345" at "entries[3].amount"; Money "12.345" has …`.
 */
const VARIABLE_ERROR = /at "[A-Za-z_]\w*(?:\[(\d+)\])?\.([A-Za-z_]\w*)[^"]*";\s*(.*)$/s;

export function parseVariableError(message: string): InvalidField | null {
  const match = VARIABLE_ERROR.exec(message);
  if (!match) return null;
  const [, index, field, reason] = match;
  return { index: index === undefined ? undefined : Number(index), field, reason: reason.trim() };
}

/** Every bad field the server named: `extensions.invalid`, or a variable error's path. */
export function invalidFields(error: unknown): InvalidField[] {
  const fields: InvalidField[] = [];
  for (const e of apiErrors(error)) {
    const invalid = e.extensions.invalid;
    if (Array.isArray(invalid)) {
      for (const item of invalid as { index?: number; field: string; reason: string; message?: string }[]) {
        fields.push({ index: item.index ?? undefined, field: item.field, reason: item.message ?? item.reason, code: item.reason });
      }
    } else {
      const parsed = parseVariableError(e.message);
      if (parsed) fields.push(parsed);
    }
  }
  return fields;
}

/** INCOMPLETE_ASSESSMENT's list of units and the committee scores they lack. */
export function incompleteUnits(error: unknown): IncompleteUnit[] {
  for (const e of apiErrors(error)) {
    if (e.code === "INCOMPLETE_ASSESSMENT" && Array.isArray(e.extensions.incompleteUnits)) return e.extensions.incompleteUnits as IncompleteUnit[];
  }
  return [];
}

/** One line for an error box: the server's messages, or what went wrong on the way. */
export function describeError(error: unknown): string {
  const errors = apiErrors(error);
  if (errors.length > 0) return errors.map((e) => e.message).join("; ");
  if (ServerError.is(error)) return `HTTP ${error.statusCode}`;
  if (error instanceof Error) return error.message;
  return String(error);
}
