import { apiErrors, invalidFields } from "../../api/errors.ts";

/**
 * The server's complaints about a user input, keyed by field, to show beside the inputs:
 * `extensions.invalid` [{field, reason}], plus CONFLICT / NOT_FOUND errors that name a field
 * (`extensions.field`, e.g. "username" for a taken name, "unitCode" for an unknown unit).
 * The reasons are the server's words in the interface language; the view adds its localised heading.
 */
export function serverFieldErrors(error: unknown): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const item of invalidFields(error)) fields[item.field] ??= item.reason;
  for (const e of apiErrors(error)) {
    if (typeof e.extensions.field === "string") fields[e.extensions.field] ??= e.message;
  }
  return fields;
}
