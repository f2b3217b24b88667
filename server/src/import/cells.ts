import type { Decimal } from "decimal.js";
import { isCalendarDay } from "../common/calendar-date.ts";
import { Dec, isMoneyText } from "../common/money.ts";
import type { ReasonCode, ReasonParams } from "../i18n/field-reasons.ts";
import { isYear } from "../years/year.ts";

/**
 * Turning one spreadsheet cell into one input value, the way a clerk's files write them: dates as
 * Excel date cells, serial numbers or text in the usual Chinese forms; amounts as numbers or as
 * text with thousands separators, in yuan or 万元; codes or Chinese labels. A cell that cannot
 * be read raises CellError with a field reason, reported with the cell's sheet, row and column.
 */
export class CellError extends Error {
  constructor(
    readonly reason: ReasonCode,
    readonly params: ReasonParams = {},
  ) {
    super(reason);
  }
}

/** A cell as exceljs or the CSV reader gives it. */
export type Cell = unknown;

/** The cell as text (what the user sees), or "" for an empty cell; formulas are refused. */
export function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return "";
  if (typeof cell === "string") return cell.trim();
  if (typeof cell === "number" || typeof cell === "boolean") return String(cell);
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? "" : cell.toISOString().slice(0, 10);
  if (typeof cell === "object") {
    const value = cell as { formula?: string; sharedFormula?: string; richText?: { text: string }[]; text?: string; error?: string };
    if (value.formula !== undefined || value.sharedFormula !== undefined) throw new CellError("FORMULA_CELL");
    if (value.richText)
      return value.richText
        .map((part) => part.text)
        .join("")
        .trim();
    if (typeof value.text === "string") return value.text.trim();
    if (value.error) throw new CellError("FORMULA_CELL");
  }
  return String(cell).trim();
}

const shown = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);
const pad = (n: number) => String(n).padStart(2, "0");
/** Excel's day 0 is 1899-12-30 (counting its phantom 1900-02-29), 25569 days before 1970-01-01. */
const EXCEL_EPOCH_OFFSET = 25569;

function calendarDay(year: number, month: number, day: number, got: string): string {
  if (!isCalendarDay(year, month, day)) throw new CellError("NOT_A_DATE", { got: shown(got) });
  if (!isYear(year)) throw new CellError("YEAR_RANGE", { got: shown(got) });
  return `${year}-${pad(month)}-${pad(day)}`;
}

const DATE_TEXT = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T].*)?$/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;

/** A day as YYYY-MM-DD from a date cell, an Excel serial number or a date text. */
export function parseDateCell(cell: Cell): string {
  if (cell instanceof Date) {
    // exceljs gives date cells as UTC midnight of the day the sheet shows.
    if (Number.isNaN(cell.getTime())) throw new CellError("NOT_A_DATE", { got: "?" });
    return calendarDay(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate(), cell.toISOString());
  }
  if (typeof cell === "number") return fromSerial(cell, String(cell));
  const text = cellText(cell);
  if (text === "") throw new CellError("REQUIRED");
  const match = DATE_TEXT.exec(text) ?? COMPACT_DATE.exec(text);
  if (match) return calendarDay(Number(match[1]), Number(match[2]), Number(match[3]), text);
  if (/^\d{5}(\.\d+)?$/.test(text)) return fromSerial(Number(text), text);
  throw new CellError("NOT_A_DATE", { got: shown(text) });
}

function fromSerial(serial: number, got: string): string {
  // 36526 is 2000-01-01 and 73415 is 2100-12-31: anything else is not a day of the assessment.
  if (!Number.isFinite(serial) || serial < 36526 || serial > 73415) throw new CellError("NOT_A_DATE", { got: shown(got) });
  const day = new Date(Math.round((Math.floor(serial) - EXCEL_EPOCH_OFFSET) * 86_400_000));
  return calendarDay(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), got);
}

const MONEY_TEXT = /^-?\d+(\.\d+)?$/;

/**
 * Money in yuan from a number, or a text such as "1,234.50", "¥1 234.50", "(1,234.50)" (negative);
 * `wan` when the column is in 万元 (×10,000). At most 2 decimals of yuan, at most 12 integer digits.
 */
export function parseMoneyCell(cell: Cell, wan = false): Decimal {
  let text: string;
  if (typeof cell === "number") {
    if (!Number.isFinite(cell)) throw new CellError("NOT_MONEY", { got: String(cell) });
    // A binary number from Excel: 15 significant digits are what Excel itself keeps.
    text = new Dec(cell.toPrecision(15)).toFixed();
  } else {
    text = cellText(cell);
    if (text === "") throw new CellError("REQUIRED");
  }
  // A plain amount (what almost every cell of a big file holds) needs none of the clean-up below.
  if (!wan && isMoneyText(text)) return new Dec(text);
  const original = text;
  let negative = false;
  let cleaned = text.replace(/[\s,，¥￥元]/g, "");
  if (/^\(.*\)$/.test(cleaned) || /^（.*）$/.test(cleaned)) {
    negative = true;
    cleaned = cleaned.slice(1, -1);
  }
  if (cleaned.startsWith("+")) cleaned = cleaned.slice(1);
  if (!MONEY_TEXT.test(cleaned)) throw new CellError("NOT_MONEY", { got: shown(original) });
  let amount = new Dec(cleaned);
  if (negative) amount = amount.negated();
  if (wan) amount = amount.times(10_000);
  if (amount.decimalPlaces() > 2) throw new CellError("TOO_MANY_DECIMALS", { max: 2, got: shown(original) });
  if (amount.abs().greaterThanOrEqualTo("1e12"))
    throw new CellError("NUMBER_RANGE", { min: "-999999999999.99", max: "999999999999.99", got: shown(original) });
  return amount;
}

/** A whole number (people, vehicles, a month). */
export function parseWholeCell(cell: Cell): number {
  const text = typeof cell === "number" ? String(cell) : cellText(cell).replace(/[\s,，个辆人月]/g, "");
  if (text === "") throw new CellError("REQUIRED");
  const value = Number(text);
  if (!Number.isInteger(value)) throw new CellError("WHOLE_NUMBER_RANGE", { min: 0, max: 1_000_000, got: shown(text) });
  return value;
}

/** A percentage as a number (6.5 for 6.5 %), from 6.5, "6.5%", or a cell formatted as percent (0.065 with %). */
export function parseRateCell(cell: Cell): number {
  const text = typeof cell === "number" ? String(cell) : cellText(cell).replace(/[\s%％]/g, "");
  if (text === "") throw new CellError("REQUIRED");
  const value = Number(text);
  if (!Number.isFinite(value)) throw new CellError("RATE_RANGE", { got: shown(text) });
  return value;
}

/** One of a fixed set of codes, given as the code (any case) or one of its labels. */
export function parseChoiceCell<T extends string>(cell: Cell, labels: Record<T, readonly string[]>): T {
  const text = cellText(cell);
  if (text === "") throw new CellError("REQUIRED");
  const code = choiceIndex(labels).get(text.replace(/\s/g, "").toUpperCase());
  if (code !== undefined) return code;
  const allowed = (Object.entries(labels) as [T, readonly string[]][]).map(([code, names]) => `${code}/${names[0]}`).join(", ");
  throw new CellError("UNKNOWN_VALUE", { got: shown(text), allowed });
}

/** Codes and labels (spaces removed, upper case) → code, built once per label table. */
const choiceIndexes = new WeakMap<object, Map<string, string>>();
function choiceIndex<T extends string>(labels: Record<T, readonly string[]>): Map<string, T> {
  let index = choiceIndexes.get(labels);
  if (!index) {
    index = new Map();
    for (const [code, names] of Object.entries(labels) as [T, readonly string[]][]) {
      for (const name of names) {
        const key = name.replace(/\s/g, "").toUpperCase();
        if (!index.has(key)) index.set(key, code);
      }
    }
    for (const code of Object.keys(labels)) index.set(code, code);
    choiceIndexes.set(labels, index);
  }
  return index as Map<string, T>;
}

const YES = ["是", "y", "yes", "true", "1", "√", "✓", "x"];
const NO = ["否", "n", "no", "false", "0", ""];

/** Yes or no; an empty cell is no. */
export function parseYesNoCell(cell: Cell): boolean {
  if (typeof cell === "boolean") return cell;
  const text = cellText(cell).toLowerCase();
  if (YES.includes(text)) return true;
  if (NO.includes(text)) return false;
  throw new CellError("UNKNOWN_VALUE", { got: shown(text), allowed: "是/否, yes/no" });
}

/** Excel's column letters for a 1-based column number (1 → A, 27 → AA). */
export function columnLetter(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
