import type { MessageKey, MessageParams } from "../i18n/messages.ts";

/**
 * A request that is not a usable file (wrong type, empty, too large, not a spreadsheet, no header
 * row): refused before anything is checked or stored, with the HTTP status the door answers.
 */
export class ImportFileError extends Error {
  constructor(
    readonly status: 400 | 413 | 415 | 422,
    readonly key: MessageKey,
    readonly params: MessageParams = {},
    readonly details: Record<string, unknown> = {},
  ) {
    super(key);
  }
}
