import type ExcelJS from "exceljs";

let loading: Promise<typeof ExcelJS> | undefined;

/**
 * exceljs, loaded on the first spreadsheet rather than at start-up: its ~300 modules took about
 * 0.35 s of every start, and most starts never read or write a workbook.
 */
export function excel(): Promise<typeof ExcelJS> {
  loading ??= import("exceljs").then((module) => module.default);
  return loading;
}
