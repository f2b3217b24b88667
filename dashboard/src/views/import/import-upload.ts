import type { Lang } from "../../i18n/language.ts";

/** The record kinds, the contract table and the §9 registers a file can be imported as (POST /api/import?kind=). */
export const IMPORT_KINDS = ["revenue", "costs", "callbacks", "complaints", "dispatches", "contracts", "households", "arrears"] as const;

/** Kinds whose file may leave the year out: it is the year picked (contracts, arrears; a register row giving only the month). */
const TAKES_YEAR = new Set<string>(["contracts", "households", "arrears"]);
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** The check report of POST /api/import (server/src/import/import-report.ts). */
export interface ImportReport {
  kind: string;
  fileName: string;
  sha256: string;
  sheet: string | null;
  sheets: string[];
  rows: number;
  valid: number;
  inserted: number;
  stored: boolean;
  dryRun: boolean;
  duplicates: string[];
  duplicateCount: number;
  conflicts: { row: number; reference: string; code: string; reason: string }[];
  conflictCount: number;
  invalid: { sheet: string; row: number; column: string; field: string; value: string; code: string; reason: string }[];
  invalidCount: number;
  totals: { unitCode: string; category: string | null; count: number; amount: string | null }[];
  columns: { column: string; header: string; field: string | null }[];
  fields: { field: string; required: boolean; headers: string[] }[];
  preview: { row: number; values: Record<string, string>; invalid: boolean }[];
  alreadyImported: { at: string; actor: string; fileName: string; inserted: number } | null;
}

export type ImportAnswer =
  | { ok: true; status: number; report: ImportReport }
  /** 422 with a report: invalid rows or conflicts, nothing stored. */
  | { ok: false; status: number; report: ImportReport }
  /** Not a usable file or request (400/401/403/413/415/422 without a report): the server's message. */
  | { ok: false; status: number; report: null; message: string; mappable?: Mappable };

/** A file whose header row was not recognised: its columns and the fields they may hold, to map by hand. */
export interface Mappable {
  columns: ImportReport["columns"];
  fields: ImportReport["fields"];
}

export interface ImportRequest {
  kind: ImportKind;
  file: File;
  dryRun: boolean;
  sheet?: string | null;
  /** The year of a contract table. */
  year?: number | null;
  /** Header → field for columns the import does not recognise by itself (the column-mapping step). */
  mapping?: Record<string, string>;
  lang: Lang;
  /** Upload progress, 0–1 (the server's work follows the last byte). */
  onProgress?: (share: number) => void;
}

/** The query string of an import request. */
export function importUrl(request: Pick<ImportRequest, "kind" | "dryRun" | "sheet" | "year">): string {
  const params = new URLSearchParams({ kind: request.kind, dryRun: String(request.dryRun) });
  if (request.sheet) params.set("sheet", request.sheet);
  if (TAKES_YEAR.has(request.kind) && request.year) params.set("year", String(request.year));
  return `/api/import?${params}`;
}

/** Reads the answer: a report (200, or 422 with rows to fix), or the refusal's message. */
export function readAnswer(status: number, text: string): ImportAnswer {
  let body: unknown = null;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: a proxy's page or a dropped connection
  }
  const report = body && typeof body === "object" && "rows" in body && "kind" in body ? (body as ImportReport) : null;
  if (report) return status === 200 ? { ok: true, status, report } : { ok: false, status, report };
  const error = (body as { errors?: { message?: string; extensions?: Partial<Mappable> }[] } | null)?.errors?.[0];
  const message = error?.message ?? `HTTP ${status}`;
  const { columns, fields } = error?.extensions ?? {};
  const mappable = Array.isArray(columns) && Array.isArray(fields) && columns.length > 0 ? { columns, fields } : undefined;
  return { ok: false, status, report: null, message, ...(mappable ? { mappable } : {}) };
}

/**
 * Sends the file to POST /api/import with the session cookie (XMLHttpRequest, for the upload's
 * progress). The check and the import are the same call with dryRun true or false.
 */
export function sendImport(request: ImportRequest): Promise<ImportAnswer> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", importUrl(request));
    xhr.withCredentials = true;
    xhr.setRequestHeader("x-language", request.lang);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) request.onProgress?.(event.loaded / event.total);
    };
    xhr.onload = () => resolve(readAnswer(xhr.status, xhr.responseText));
    xhr.onerror = () =>
      resolve({ ok: false, status: 0, report: null, message: request.lang === "zh" ? "网络错误，未能上传" : "Network error: not uploaded" });
    const form = new FormData();
    if (request.mapping && Object.keys(request.mapping).length > 0) form.append("mapping", JSON.stringify(request.mapping));
    form.append("file", request.file, request.file.name);
    xhr.send(form);
  });
}
