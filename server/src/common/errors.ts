import { fieldLabel, type ReasonCode, type ReasonParams, reasonText } from "../i18n/field-reasons.ts";
import { type MessageKey, type MessageParams, messageText } from "../i18n/messages.ts";
import type { Language } from "../i18n/request-context.ts";

/**
 * Domain errors carry a code the API exposes as `extensions.code` and a message key with its
 * values; the text is written in the request's language when the error is sent
 * (server/src/app/format-error.ts). Anything that is not a DomainError is logged and masked.
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

/** One refused field; `index` is the entry's position in a batch (0-based, for programs). */
export interface InvalidField {
  index?: number;
  field: string;
  reason: ReasonCode;
  params?: ReasonParams;
}

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly key: MessageKey,
    readonly params: MessageParams = {},
    /** Extra `extensions` for programs (e.g. the years, the units lacking scores). */
    readonly details: Record<string, unknown> = {},
  ) {
    super(messageText(key, params, "en"));
    this.name = "DomainError";
  }

  localizedMessage(language: Language): string {
    return messageText(this.key, this.params, language);
  }

  extensions(_language: Language): Record<string, unknown> {
    return { code: this.code, ...this.details };
  }
}

export class NotFoundError extends DomainError {
  constructor(key: MessageKey, params: MessageParams = {}, details: Record<string, unknown> = {}) {
    super("NOT_FOUND", key, params, details);
  }
}

/** A refused field as the API sends it: code, values, row counted from 1 and the text. */
export function describeInvalidField(field: InvalidField, language: Language) {
  return {
    ...(field.index === undefined ? {} : { index: field.index, row: field.index + 1 }),
    field: field.field,
    reason: field.reason,
    params: field.params ?? {},
    message: reasonText(field.reason, field.params ?? {}, language),
  };
}

/** Bad input, naming every offending field (and entry, in a batch). Nothing has been stored. */
export class InvalidInputError extends DomainError {
  constructor(readonly invalid: InvalidField[]) {
    super("BAD_USER_INPUT", invalid.some((e) => e.index !== undefined) ? "INVALID_ENTRIES" : "INVALID_INPUT");
    this.message = this.localizedMessage("en");
  }

  override localizedMessage(language: Language): string {
    const shown = this.invalid.slice(0, 20).map((e) => {
      const where = e.index === undefined ? "" : language === "zh" ? `第 ${e.index + 1} 行 ` : `row ${e.index + 1} `;
      return `${where}${fieldLabel(e.field, language)}: ${reasonText(e.reason, e.params ?? {}, language)}`;
    });
    const rest = this.invalid.length - shown.length;
    const more = rest > 0 ? (language === "zh" ? `;另有 ${rest} 处` : `; and ${rest} more`) : "";
    const details = shown.join(language === "zh" ? ";" : "; ") + more;
    const count = new Set(this.invalid.map((e) => e.index)).size;
    return messageText(this.key, { count, details }, language);
  }

  override extensions(language: Language): Record<string, unknown> {
    return { code: this.code, invalid: this.invalid.map((field) => describeInvalidField(field, language)) };
  }
}

/** Shorthand for the common single-field refusal. */
export function invalidField(field: string, reason: ReasonCode, params?: ReasonParams): InvalidInputError {
  return new InvalidInputError([{ field, reason, params }]);
}
