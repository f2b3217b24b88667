import type { Lang } from "../../i18n/language.ts";
import type { CellValue, Column, ColumnKind, TableFilter } from "./table-types.ts";
import { formatCell, plainNumber, shownDecimal, isNumericKind } from "./table-values.ts";

/** One cell of an export: a number with its Excel format, a date, or text. */
export type ExportCell =
  | { type: "number"; value: number; numFmt: string; csv: string }
  | { type: "date"; value: string; numFmt: string; csv: string }
  | { type: "text"; value: string }
  | { type: "empty" };

/** A table as a spreadsheet describes it, independent of CSV or Excel. */
export interface ExportSheet {
  /** The table's title, the first row. */
  title: string;
  /** The active filters in one line ("年度: 2025 · 期间: 全年"), the second row; empty when none. */
  filterLine: string;
  headers: string[];
  /** Excel number formats and widths per column. */
  columns: { kind: ColumnKind; width: number }[];
  rows: ExportCell[][];
  /** The 合计 row, when the table shows one. */
  totals: ExportCell[] | null;
}

/** Excel formats: money with two decimals and thousands groups, percents as percents. */
export const NUMBER_FORMATS: Partial<Record<ColumnKind, string>> = {
  yuan: "#,##0.00",
  wan: "#,##0.00",
  percent: "0.00%",
  count: "#,##0",
  score: "0.00",
  date: "yyyy-mm-dd",
};

const UNIT_WORDS: Record<Lang, { wan: string; yuan: string }> = {
  zh: { wan: "万元", yuan: "元" },
  en: { wan: "10k yuan", yuan: "yuan" },
};

/**
 * The exported header: the screen's header, with the money unit added when the header does not
 * already name it (a spreadsheet has no page intro saying "金额单位:万元").
 */
export function exportHeader(header: string, kind: ColumnKind, lang: Lang): string {
  const words = UNIT_WORDS[lang];
  const unit = kind === "wan" ? words.wan : kind === "yuan" ? words.yuan : null;
  if (!unit || header.includes(unit) || (kind === "wan" && /万元|10k/.test(header))) return header;
  return lang === "zh" ? `${header}(${unit})` : `${header} (${unit})`;
}

/**
 * A value as an export cell. Numbers go out as numbers: 万元 exactly (yuan ÷ 10,000, so a sum in
 * Excel matches the 合计), percents as fractions with a percent format (108 → 1.08 shown 108.00%).
 * The CSV text is what the screen shows without thousands separators.
 */
export function exportCell(kind: ColumnKind, value: CellValue, lang: Lang): ExportCell {
  if (value === null || value === "") return { type: "empty" };
  if (isNumericKind(kind)) {
    const shown = shownDecimal(kind, value);
    const stored = kind === "percent" ? shown.div(100) : shown;
    return { type: "number", value: stored.toNumber(), numFmt: NUMBER_FORMATS[kind] ?? "General", csv: plainNumber(kind, value) };
  }
  if (kind === "date" && /^\d{4}-\d{2}-\d{2}$/.test(String(value))) {
    return { type: "date", value: String(value), numFmt: NUMBER_FORMATS.date ?? "yyyy-mm-dd", csv: String(value) };
  }
  return { type: "text", value: formatCell(kind, value, lang) };
}

export interface ExportInput<Row> {
  title: string;
  filters: readonly TableFilter[];
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  /** The 合计 values keyed by column (see totalsFor) and the label of its first cell; null without one. */
  totals: { label: string; values: Record<string, CellValue> } | null;
  lang: Lang;
}

/** Rows → the sheet both exports write. Only exportable columns; rows in the order shown. */
export function buildExportSheet<Row>({ title, filters, columns, rows, totals, lang }: ExportInput<Row>): ExportSheet {
  const exported = columns.filter((c) => c.exportable !== false);
  const header = (c: Column<Row>) => exportHeader(c.group ? `${c.group} ${c.header}` : c.header, c.kind, lang);
  const separator = lang === "zh" ? ":" : ": ";
  const totalsRow =
    totals &&
    exported.map((c, i): ExportCell => {
      const value = totals.values[c.key] ?? null;
      if (i === 0 && (value === null || !isNumericKind(c.kind))) return { type: "text", value: totals.label };
      return exportCell(c.kind, value, lang);
    });
  return {
    title,
    filterLine: filters.map((f) => `${f.label}${separator}${f.value}`).join(" · "),
    headers: exported.map(header),
    columns: exported.map((c) => ({ kind: c.kind, width: columnWidth(header(c), c.kind) })),
    rows: rows.map((row) => exported.map((c) => exportCell(c.kind, c.value(row), lang))),
    totals: totalsRow ?? null,
  };
}

/** A column wide enough for its header (Chinese characters count double) or its numbers. */
function columnWidth(header: string, kind: ColumnKind): number {
  const headerWidth = [...header].reduce((w, ch) => w + (ch.charCodeAt(0) > 0x2e80 ? 2 : 1), 0);
  return Math.min(40, Math.max(isNumericKind(kind) ? 12 : 10, headerWidth + 2));
}

/** Quotes a CSV field when it holds a comma, quote or line break (RFC 4180). */
function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csvText(cell: ExportCell): string {
  if (cell.type === "empty") return "";
  return cell.type === "text" ? cell.value : cell.csv;
}

/**
 * The sheet as CSV: a byte-order mark first, so Excel reads the UTF-8 Chinese correctly, CRLF
 * line ends; the title and filter lines above the header, the 合计 row last.
 */
export function toCsv(sheet: ExportSheet): string {
  const lines = [[sheet.title], ...(sheet.filterLine ? [[sheet.filterLine]] : []), sheet.headers];
  for (const row of sheet.rows) lines.push(row.map(csvText));
  if (sheet.totals) lines.push(sheet.totals.map(csvText));
  return `\uFEFF${lines.map((line) => line.map(csvField).join(",")).join("\r\n")}\r\n`;
}

/** A file name from the title and filters, without characters file systems refuse. */
export function exportFileName(sheet: Pick<ExportSheet, "title" | "filterLine">, extension: "csv" | "xlsx"): string {
  const base = [sheet.title, sheet.filterLine]
    .filter(Boolean)
    .join(" ")
    .replace(/[\\/:*?"<>|·]+/g, " ")
    .replace(/\s+/g, "_");
  return `${base.replace(/^_+|_+$/g, "")}.${extension}`;
}
