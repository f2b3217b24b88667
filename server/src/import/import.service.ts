import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import type { Knex } from "knex";
import { appendAudit } from "../audit/audit.repository.ts";
import type { InvalidField } from "../common/errors.ts";
import { Dec } from "../common/money.ts";
import { fieldLabel, type ReasonCode, type ReasonParams, reasonText } from "../i18n/field-reasons.ts";
import type { Language } from "../i18n/request-context.ts";
import { finalizedAmong } from "../years/finalized-years.ts";
import { CellError, cellText, columnLetter } from "./cells.ts";
import { isHeaderRow, mapHeaderRow, type HeaderMapping } from "./headers.ts";
import { ImportFileError } from "./import-errors.ts";
import type { AnyImportKind } from "./import-kind.ts";
import type { ImportReport } from "./import-report.ts";
import { readTable, sniffFormat } from "./read-table.ts";
import { loadUnitLookup } from "./unit-lookup.ts";

/** A file holds at most this many data rows (the 1,000-unit year has 156,000). */
export const MAX_ROWS = 400_000;
/** Rows scanned for the header (title rows above it are skipped). */
const HEADER_SCAN_ROWS = 30;
const LISTED = 1000;
const PREVIEW_ROWS = 20;
const TOTAL_ROW = /^(合计|总计|小计|total|subtotal|sum)$/i;

export interface ImportOptions {
  kind: AnyImportKind;
  /** The uploaded file on disk. */
  path: string;
  fileName: string;
  dryRun: boolean;
  /** The sheet to read (default: the first with a recognised header row). */
  sheet?: string;
  /** Header text → field, for columns the kind does not recognise. */
  mapping?: Record<string, string>;
  /** The year of a file without a year column (contracts). */
  year?: number;
  actor: string;
  language: Language;
  /** Called as the work goes on: rows read, then rows stored. */
  onProgress?: (phase: "read" | "store", done: number, total?: number) => void;
}

interface ParsedEntry {
  entry: Record<string, unknown>;
  row: number;
  sheet: string;
}

/**
 * One import service behind three doors (the dashboard, POST /api/import, `pnpm run import`). It reads
 * the file as a stream, turns each row into the kind's input entry, and refuses exactly what the
 * GraphQL batch refuses (the same field and batch rules), plus what a file adds: unreadable cells,
 * conflicts with stored records and within the file. A check stores nothing; an import stores the
 * whole file in one transaction with bulk statements, or nothing, and is audited.
 */
export async function runImport(knex: Knex, options: ImportOptions): Promise<{ status: 200 | 422; report: ImportReport }> {
  const { kind, language } = options;
  const sniffed = await sniffFormat(options.path, options.fileName);
  const sha256 = await fileHash(options.path);
  const unit = await loadUnitLookup(knex);
  const say = (code: ReasonCode, params: ReasonParams = {}) => reasonText(code, params, language);

  const invalid: ImportReport["invalid"] = [];
  let invalidCount = 0;
  const addInvalid = (item: ImportReport["invalid"][number]) => {
    invalidCount++;
    if (invalid.length < LISTED) invalid.push(item);
  };
  const parsed: ParsedEntry[] = [];
  const preview: ImportReport["preview"] = [];
  const sheets: string[] = [];
  let chosen: { sheet: string; mapping: HeaderMapping } | null = null;
  let best: { sheet: string; mapping: HeaderMapping } | null = null;
  let scanned = 0;
  let rows = 0;
  let sheetDone = false;

  for await (const batch of readTable(options.path, options.fileName, sniffed)) {
    for (const { sheet, row, cells } of batch) {
      if (!sheets.includes(sheet)) {
        sheets.push(sheet);
        scanned = 0;
        if (chosen) sheetDone = true;
      }
      if (sheetDone || (options.sheet && sheet !== options.sheet)) continue;
      if (!chosen || chosen.sheet !== sheet) {
        if (scanned++ >= HEADER_SCAN_ROWS) continue;
        const texts = cells.map((cell) => safeText(cell));
        const mapping = mapHeaderRow(texts, kind.columns, options.mapping);
        if (!best || mapping.positions.size > best.mapping.positions.size) best = { sheet, mapping };
        if (isHeaderRow(mapping, kind.columns)) chosen = { sheet, mapping };
        continue;
      }
      const texts = cells.map((cell) => safeText(cell));
      if (texts.every((t) => t === "")) continue;
      const unitPosition = chosen.mapping.positions.get(kind.columns[0].field);
      if (unitPosition !== undefined && TOTAL_ROW.test(texts[unitPosition]?.replace(/\s/g, "") ?? "")) continue;
      if (++rows > MAX_ROWS) throw new ImportFileError(422, "IMPORT_TOO_MANY_ROWS", { max: MAX_ROWS });
      const entry: Record<string, unknown> = {};
      let bad = false;
      for (const column of kind.columns) {
        const position = chosen.mapping.positions.get(column.field);
        if (position === undefined) continue;
        try {
          const value = column.parse(cells[position], chosen.mapping.wan.has(column.field), { unit, year: options.year });
          if (value !== undefined) entry[column.field] = value;
        } catch (error) {
          if (!(error instanceof CellError)) throw error;
          bad = true;
          addInvalid({
            sheet,
            row,
            column: columnLetter(position + 1),
            field: column.field,
            value: (texts[position] ?? "").slice(0, 100),
            code: error.reason,
            reason: say(error.reason, error.params),
          });
        }
      }
      if (options.year !== undefined && kind.columns.some((c) => c.field === "year") && entry.year === undefined) entry.year = options.year;
      if (preview.length < PREVIEW_ROWS || (bad && preview.length < PREVIEW_ROWS + 100)) {
        preview.push({ row, values: previewValues(texts, chosen.mapping), invalid: bad });
      }
      if (!bad) parsed.push({ entry: Object.assign(new kind.entryType(), entry), row, sheet });
    }
    options.onProgress?.("read", rows);
  }

  if (options.sheet && !sheets.includes(options.sheet)) {
    throw new ImportFileError(422, "IMPORT_SHEET_NOT_FOUND", { sheet: options.sheet.slice(0, 100), sheets: sheets.join(", ") }, { sheets });
  }
  const columns = (chosen ?? best)?.mapping.headers.map((h) => ({ column: columnLetter(h.position + 1), header: h.header, field: h.field })) ?? [];
  const fields = kind.columns.map((c) => ({ field: c.field, required: c.required, headers: [...c.headers] }));
  if (!chosen) {
    const required = kind.columns.filter((c) => c.required).map((c) => `${c.headers[0]}/${c.field}`);
    throw new ImportFileError(422, "IMPORT_NO_HEADER", { required: required.join(", ") }, { sheets, columns, fields });
  }
  if (rows === 0) throw new ImportFileError(422, "IMPORT_NO_ROWS", {}, { sheets, columns, fields });

  const positionOf = chosen.mapping.positions;
  const rowInvalid = (item: ParsedEntry, field: InvalidField) => {
    const position = positionOf.get(field.field) ?? positionOf.get(kind.columns[0].field) ?? 0;
    addInvalid({
      sheet: item.sheet,
      row: item.row,
      column: columnLetter(position + 1),
      field: field.field,
      value: shownValue(item.entry[field.field]),
      code: field.reason,
      reason: say(field.reason, field.params ?? {}),
    });
  };

  // Repeats within the file: the same content is a duplicate, other content a conflict.
  const conflicts: ImportReport["conflicts"] = [];
  let conflictCount = 0;
  const addConflict = (item: ImportReport["conflicts"][number]) => {
    conflictCount++;
    if (conflicts.length < LISTED) conflicts.push(item);
  };
  const duplicates: string[] = [];
  let duplicateCount = 0;
  const addDuplicate = (reference: string) => {
    duplicateCount++;
    if (duplicates.length < LISTED) duplicates.push(reference);
  };
  const firstOfKey = new Map<string, ParsedEntry>();
  const unique: ParsedEntry[] = [];
  for (const item of parsed) {
    const key = kind.keyOf(item.entry);
    const first = firstOfKey.get(key);
    if (!first) {
      firstOfKey.set(key, item);
      unique.push(item);
      continue;
    }
    const difference = differenceText(kind.contentOf(item.entry), kind.contentOf(first.entry), language);
    if (difference === null) addDuplicate(key);
    else
      addConflict({
        row: item.row,
        reference: key,
        code: "CONFLICTS_IN_FILE",
        reason: say("CONFLICTS_IN_FILE", { reference: key, row: first.row, difference }),
      });
  }

  // The same field and batch rules as the GraphQL door.
  const bad = new Set<number>();
  for (const field of await kind.validate(
    knex,
    unique.map((u) => u.entry),
  )) {
    bad.add(field.index!);
    rowInvalid(unique[field.index!], field);
  }
  let good = unique.filter((_, index) => !bad.has(index));

  const finalized = new Set(await finalizedAmong(knex, new Set(good.map((g) => kind.yearOf(g.entry)))));
  if (finalized.size > 0) {
    for (const item of good) {
      const year = kind.yearOf(item.entry);
      if (finalized.has(year)) rowInvalid(item, { field: "date" in item.entry ? "date" : "year", reason: "IN_FINALIZED_YEAR", params: { year } });
    }
    good = good.filter((g) => !finalized.has(kind.yearOf(g.entry)));
  }

  // Against what is stored: the same content is a duplicate, other content a conflict.
  const stored = await kind.storedContent(
    knex,
    good.map((g) => g.entry),
  );
  const alreadyStored = new Set<string>();
  good = good.filter((item) => {
    const key = kind.keyOf(item.entry);
    const content = stored.get(key);
    if (!content) return true;
    const difference = differenceText(kind.contentOf(item.entry), content, language);
    if (difference === null) {
      alreadyStored.add(key);
      addDuplicate(key);
      return true;
    }
    addConflict({ row: item.row, reference: key, code: "CONFLICTS_STORED", reason: say("CONFLICTS_STORED", { reference: key, difference }) });
    return false;
  });
  const storedRules = await kind.validateStored(
    knex,
    good.map((g) => g.entry),
    alreadyStored,
  );
  const refused = new Set<number>();
  for (const field of storedRules) {
    refused.add(field.index!);
    rowInvalid(good[field.index!], field);
  }
  good = good.filter((_, index) => !refused.has(index));

  const report: ImportReport = {
    kind: kind.name,
    fileName: options.fileName,
    sha256,
    sheet: chosen.sheet,
    sheets,
    rows,
    valid: good.length + (duplicateCount - alreadyStored.size),
    inserted: 0,
    stored: false,
    dryRun: options.dryRun,
    duplicates,
    duplicateCount,
    conflicts,
    conflictCount,
    invalid: invalid.sort((a, b) => a.row - b.row),
    invalidCount,
    totals: totalsOf(
      kind,
      good.map((g) => g.entry),
    ),
    columns,
    fields,
    preview,
    alreadyImported: await previousImport(knex, kind.name, sha256),
  };
  if (invalidCount > 0 || conflictCount > 0) return { status: 422, report };
  if (options.dryRun) return { status: 200, report };

  const toStore = good.map((g) => g.entry);
  const expected = toStore.filter((e) => !alreadyStored.has(kind.keyOf(e)));
  let outcome: { inserted: number } | { clashes: object[] };
  try {
    outcome = await knex.transaction(async (trx) => {
      const keys = await kind.store(trx, toStore, alreadyStored, (done) => options.onProgress?.("store", done, expected.length));
      const missing = expected.filter((e) => !keys.has(kind.keyOf(e)));
      if (missing.length > 0) {
        // Stored by someone else between the check and now: a duplicate if the same, else a conflict.
        const now = await kind.storedContent(trx, missing);
        const clashes = missing.filter((e) => differenceText(kind.contentOf(e), now.get(kind.keyOf(e)) ?? {}, language) !== null);
        if (clashes.length > 0) throw new StoredMeanwhile(clashes);
        for (const e of missing) addDuplicate(kind.keyOf(e));
      }
      await appendAudit(trx, {
        actor: options.actor,
        action: "IMPORT",
        year: singleYear(toStore.map((e) => kind.yearOf(e))),
        details: { kind: kind.name, fileName: options.fileName.slice(0, 200), sha256, rows, inserted: keys.size, duplicates: duplicateCount },
      });
      return { inserted: keys.size };
    });
  } catch (error) {
    if (!(error instanceof StoredMeanwhile)) throw error;
    outcome = { clashes: error.entries };
  }
  if ("clashes" in outcome) {
    for (const e of outcome.clashes) {
      const key = kind.keyOf(e);
      addConflict({ row: 0, reference: key, code: "CONFLICTS_STORED", reason: say("CONFLICTS_STORED", { reference: key, difference: "?" }) });
    }
    return { status: 422, report: { ...report, conflicts, conflictCount } };
  }
  return { status: 200, report: { ...report, inserted: outcome.inserted, stored: true, duplicates, duplicateCount } };
}

/** Rolls the import back: rows with other content were stored by someone else after the check. */
class StoredMeanwhile extends Error {
  constructor(readonly entries: object[]) {
    super("stored meanwhile");
  }
}

/** A cell's text for headers and the preview; a formula reads as its formula (refused where it is data). */
function safeText(cell: unknown): string {
  try {
    return cellText(cell);
  } catch {
    const formula = (cell as { formula?: string }).formula;
    return formula ? `=${formula}` : "#ERROR";
  }
}

function previewValues(texts: string[], mapping: HeaderMapping): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [field, position] of mapping.positions) values[field] = (texts[position] ?? "").slice(0, 100);
  return values;
}

function shownValue(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "object" && "toFixed" in (value as object)) return (value as { toFixed(n: number): string }).toFixed(2);
  return String(value).slice(0, 100);
}

/** Which fields differ, in the user's language ("金额(amount): 1300.00 ≠ 1200.50"), or null when none do. */
function differenceText(file: Record<string, string>, stored: Record<string, string>, language: Language): string | null {
  const differing = Object.keys(file).filter((field) => (file[field] ?? "") !== (stored[field] ?? ""));
  if (differing.length === 0) return null;
  return differing
    .map((field) => `${fieldLabel(field, language)}: ${file[field] || "—"} ≠ ${stored[field] || "—"}`)
    .join(language === "zh" ? ";" : "; ");
}

function totalsOf(kind: AnyImportKind, entries: object[]): ImportReport["totals"] {
  const groups = new Map<string, { unitCode: string; category: string | null; count: number; amount: Dec | null }>();
  for (const entry of entries) {
    const { unitCode, category, amount } = kind.totalsOf(entry);
    const key = `${unitCode}\u0000${category}`;
    const group = groups.get(key) ?? { unitCode, category, count: 0, amount: amount === null ? null : new Dec(0) };
    group.count++;
    if (amount !== null && group.amount !== null) group.amount = group.amount.plus(amount);
    groups.set(key, group);
  }
  return [...groups.values()]
    .sort((a, b) => (a.unitCode === b.unitCode ? String(a.category).localeCompare(String(b.category)) : a.unitCode.localeCompare(b.unitCode)))
    .map((g) => ({ ...g, amount: g.amount === null ? null : g.amount.toFixed(2) }));
}

const singleYear = (years: number[]) => (years.length > 0 && years.every((y) => y === years[0]) ? years[0] : undefined);

async function fileHash(path: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

async function previousImport(knex: Knex, kind: string, sha256: string): Promise<ImportReport["alreadyImported"]> {
  const row = await knex("audit_log")
    .where({ action: "IMPORT", outcome: "OK" })
    .whereRaw("details->>'sha256' = ? and details->>'kind' = ?", [sha256, kind])
    .orderBy("id", "desc")
    .first("at", "actor", "details");
  if (!row) return null;
  const details = row.details as { fileName?: string; inserted?: number };
  return { at: (row.at as Date).toISOString(), actor: row.actor, fileName: details.fileName ?? "", inserted: Number(details.inserted ?? 0) };
}
