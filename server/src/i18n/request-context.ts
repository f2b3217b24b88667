import { AsyncLocalStorage } from "node:async_hooks";

export type Language = "zh" | "en";

/**
 * What the whole handling of one HTTP request may need to know without it being passed down
 * every call: the language refusals are written in, the request id quoted in 500s, and whether
 * the caller is signed in (schema hints are withheld from anonymous callers). Set once per
 * request by the door it came in by (request-id.ts); code outside a request (CLI, tests) sees the defaults.
 */
export interface RequestState {
  language: Language;
  requestId: string | null;
  signedIn: boolean;
  /** What the request's mutations changed, for its audit entry (audit/audit-change.ts). */
  auditChanges?: AuditChange[];
}

export interface AuditChange {
  /** The year the change belongs to, when it belongs to one. */
  year?: number;
  [detail: string]: unknown;
}

const storage = new AsyncLocalStorage<RequestState>();
/** Outside a request (CLI, tests): Chinese, and a fresh state each time so nothing accumulates. */
const outsideARequest = (): RequestState => ({ language: "zh", requestId: null, signedIn: true });

export function runInRequest<T>(state: RequestState, fn: () => T): T {
  return storage.run(state, fn);
}

export function requestState(): RequestState {
  return storage.getStore() ?? outsideARequest();
}

export const currentLanguage = (): Language => requestState().language;

/**
 * Chinese first: English only when the caller asks for it (`Accept-Language: en…` before any
 * Chinese, or the dashboard's `x-language: en`).
 */
export function languageOf(acceptLanguage: string | undefined, explicit?: string | undefined): Language {
  if (explicit === "en" || explicit === "zh") return explicit;
  for (const part of (acceptLanguage ?? "").split(",")) {
    const tag = part.trim().toLowerCase();
    if (tag.startsWith("zh")) return "zh";
    if (tag.startsWith("en")) return "en";
  }
  return "zh";
}
