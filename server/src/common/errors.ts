/**
 * Domain errors carry a code the API exposes as `extensions.code`. They are mapped to GraphQL
 * errors in one place (server/src/app/format-error.ts); anything else is logged and masked.
 */
export type ErrorCode =
  | "BAD_USER_INPUT"
  | "NOT_FOUND"
  | "YEAR_FINALIZED"
  | "NOT_FINALIZED"
  | "INCOMPLETE_ASSESSMENT"
  | "CONFLICT"
  | "FORBIDDEN"
  | "UNAUTHENTICATED"
  | "TOO_MANY_ATTEMPTS";

export interface InvalidField {
  /** Position of the entry in a batch; absent for a single input. */
  index?: number;
  field: string;
  reason: string;
}

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export class NotFoundError extends DomainError {
  constructor(message: string, details: Record<string, unknown> = {}) {
    super("NOT_FOUND", message, details);
  }
}

/** Bad input, naming every offending field (and entry, in a batch). Nothing has been stored. */
export class InvalidInputError extends DomainError {
  constructor(
    readonly invalid: InvalidField[],
    what = "input",
  ) {
    super("BAD_USER_INPUT", describeInvalid(invalid, what), { invalid });
  }
}

function describeInvalid(invalid: InvalidField[], what: string): string {
  const shown = invalid.slice(0, 20).map((e) => `${e.index === undefined ? "" : `entry ${e.index} `}${e.field}: ${e.reason}`);
  const more = invalid.length > shown.length ? `; and ${invalid.length - shown.length} more` : "";
  const entries = new Set(invalid.map((e) => e.index)).size;
  const head = invalid.some((e) => e.index !== undefined)
    ? `${entries} ${entries === 1 ? "entry is" : "entries are"} invalid, nothing was stored`
    : `Invalid ${what}, nothing was stored`;
  return `${head}: ${shown.join("; ")}${more}`;
}
