import { parseYuan } from "../../format/money.ts";
import type { InvalidField } from "../../api/errors.ts";
import type { ColumnSpec } from "./entry-kinds.ts";

/** One grid row: its fields as typed (booleans as "true"/""), with a stable id for React and errors. */
export interface GridRow {
  id: number;
  values: Record<string, string>;
}

export type RowErrors = Record<number, Record<string, string>>;

let nextId = 1;

/** A new row; copies unit, date and enum choices from `previous` (the clerk enters runs of alike rows). */
export function newRow(columns: readonly ColumnSpec[], previous?: GridRow, defaults: Record<string, string> = {}): GridRow {
  const values: Record<string, string> = {};
  for (const column of columns) {
    const carried =
      previous && (column.kind === "unit" || column.kind === "date" || column.kind === "enum" || column.kind === "month")
        ? previous.values[column.field]
        : undefined;
    values[column.field] = carried ?? defaults[column.field] ?? (column.kind === "enum" ? (column.options?.[0] ?? "") : "");
  }
  return { id: nextId++, values };
}

/** A row nobody typed in (only carried-over choices): skipped, never sent. */
export function isBlank(columns: readonly ColumnSpec[], row: GridRow): boolean {
  return columns.every((c) => c.kind === "enum" || c.kind === "unit" || c.kind === "date" || c.kind === "month" || !row.values[c.field]?.trim());
}

/** Codes of client-side problems; the server checks the rest (unknown unit, finalised year …). */
export type ClientError = "required" | "money" | "precision" | "negative" | "mustBeNegative" | "date" | "tooLong" | "month" | "count";

/** Checks what can be checked without the server: presence and the shape of money and dates. */
export function validateRow(columns: readonly ColumnSpec[], row: GridRow): Record<string, ClientError> {
  const errors: Record<string, ClientError> = {};
  for (const column of columns) {
    const value = (row.values[column.field] ?? "").trim();
    if (column.kind === "bool") continue;
    if (column.kind === "count") {
      if (value !== "" && !/^\d{1,8}$/.test(value)) errors[column.field] = "count";
      continue;
    }
    if (value === "") {
      errors[column.field] = "required";
      continue;
    }
    if (column.kind === "date" && !/^\d{4}-\d{2}-\d{2}$/.test(value)) errors[column.field] = "date";
    if (column.kind === "month" && !/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) errors[column.field] = "month";
    if (column.kind === "text" && value.length > 100) errors[column.field] = "tooLong";
    if (column.kind === "money") {
      const negativeAllowed = column.negativeWhen !== undefined && row.values[column.negativeWhen] === "true";
      const parsed = parseYuan(value, { allowNegative: true });
      if (!parsed.ok) errors[column.field] = parsed.reason === "precision" ? "precision" : "money";
      else if (parsed.yuan.startsWith("-") && !negativeAllowed) errors[column.field] = "negative";
      // 冲红 reverses an earlier remittance: the server insists its amount is below zero.
      else if (negativeAllowed && !parsed.yuan.startsWith("-")) errors[column.field] = "mustBeNegative";
    }
  }
  return errors;
}

/** The API entry for a valid row: money as exact strings, booleans as booleans. */
export function rowToEntry(columns: readonly ColumnSpec[], row: GridRow): Record<string, string | boolean | number> {
  const entry: Record<string, string | boolean | number> = {};
  for (const column of columns) {
    const value = (row.values[column.field] ?? "").trim();
    if (column.kind === "bool") entry[column.field] = value === "true";
    else if (column.kind === "count") entry[column.field] = value === "" ? 0 : Number(value);
    else if (column.kind === "money") {
      const parsed = parseYuan(value, { allowNegative: true });
      entry[column.field] = parsed.ok ? parsed.yuan : value;
    } else entry[column.field] = value;
  }
  return entry;
}

/**
 * Server errors name entries by their index in the batch sent; `sentRowIds[index]` turns them back
 * into grid rows. An error without an index lands on every sent row's field.
 */
export function errorsByRow(fields: readonly InvalidField[], sentRowIds: readonly number[]): RowErrors {
  const byRow: RowErrors = {};
  for (const f of fields) {
    const ids = f.index === undefined ? sentRowIds : [sentRowIds[f.index]].filter((id) => id !== undefined);
    for (const id of ids) {
      byRow[id] = { ...byRow[id], [f.field]: byRow[id]?.[f.field] ? `${byRow[id][f.field]}; ${f.reason}` : f.reason };
    }
  }
  return byRow;
}
