import { Decimal } from "decimal.js";
import { formatInstant, formatDate } from "../../format/date.ts";
import { formatScore } from "../../format/number.ts";
import type { Lang } from "../../i18n/language.ts";
import type { CellValue, Column, ColumnKind, SortState } from "./table-types.ts";

const NUMERIC: ReadonlySet<ColumnKind> = new Set(["yuan", "wan", "percent", "count", "score"]);

export const isNumericKind = (kind: ColumnKind): boolean => NUMERIC.has(kind);

/** Right for numbers, left for words, unless the column says otherwise. */
export function alignmentOf(column: Pick<Column<unknown>, "kind" | "align">): "left" | "right" {
  return column.align ?? (isNumericKind(column.kind) ? "right" : "left");
}

/** Groups thousands of a plain decimal text: "-1234567.50" → "-1,234,567.50". */
function grouped(text: string): string {
  const [whole, decimals] = text.split(".");
  const withCommas = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return decimals === undefined ? withCommas : `${withCommas}.${decimals}`;
}

/**
 * A money value in 万元 as an exact Decimal: yuan strings are divided by 10,000 exactly; numbers
 * are already 万元 figures (see ColumnKind).
 */
export function wanDecimal(value: string | number): Decimal {
  return typeof value === "number" ? new Decimal(String(value)) : new Decimal(value).div(10_000);
}

/** A numeric cell value as an exact Decimal in the unit the table shows (yuan, 万元, percent …). */
export function shownDecimal(kind: ColumnKind, value: string | number): Decimal {
  if (kind === "wan") return wanDecimal(value);
  return new Decimal(typeof value === "number" ? String(value) : value);
}

/** Decimal places the screen shows for a kind (also the CSV's). */
const PLACES: Partial<Record<ColumnKind, number>> = { yuan: 2, wan: 2, percent: 2, score: 2, count: 0 };

/** The text the screen shows for a value, rounded half-up: "—" for null. */
export function formatCell(kind: ColumnKind, value: CellValue, lang: Lang): string {
  if (value === null || value === "") return "—";
  switch (kind) {
    case "yuan":
    case "wan":
    case "count":
      return grouped(shownDecimal(kind, value).toFixed(PLACES[kind] ?? 2, Decimal.ROUND_HALF_UP));
    case "percent":
      return `${shownDecimal(kind, value).toFixed(2, Decimal.ROUND_HALF_UP)}%`;
    case "score":
      return typeof value === "number" ? formatScore(value) : new Decimal(value).toFixed(2, Decimal.ROUND_HALF_UP);
    case "date":
      return formatDate(String(value), lang);
    case "instant":
      return formatInstant(String(value));
    default:
      return String(value);
  }
}

/** The plain number a CSV cell carries: what the screen shows, without thousands separators. */
export function plainNumber(kind: ColumnKind, value: string | number): string {
  return shownDecimal(kind, value).toFixed(PLACES[kind] ?? 2, Decimal.ROUND_HALF_UP);
}

/** Orders two sort values: numbers and money exactly, words by the Chinese collation; empty cells last. */
export function compareValues(kind: ColumnKind, a: string | number | null, b: string | number | null): number {
  const emptyA = a === null || a === "";
  const emptyB = b === null || b === "";
  if (emptyA || emptyB) return emptyA === emptyB ? 0 : emptyA ? 1 : -1;
  if (isNumericKind(kind) || (typeof a === "number" && typeof b === "number")) {
    return shownDecimal(kind, a as string | number).comparedTo(shownDecimal(kind, b as string | number));
  }
  return String(a).localeCompare(String(b), "zh-CN");
}

/**
 * The rows in the order the sort asks for; a stable sort, so equal values keep the order the
 * view gave (usually rank or unit order). Empty cells stay last in both directions.
 */
export function sortRows<Row>(rows: readonly Row[], columns: readonly Column<Row>[], sort: SortState | null): Row[] {
  const column = sort && columns.find((c) => c.key === sort.key);
  if (!sort || !column) return [...rows];
  const pick = column.sortValue ?? column.value;
  const sign = sort.direction === "ascending" ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, value: pick(row) }))
    .sort((x, y) => {
      const emptyX = x.value === null || x.value === "";
      const emptyY = y.value === null || y.value === "";
      if (emptyX !== emptyY) return emptyX ? 1 : -1;
      return sign * compareValues(column.kind, x.value, y.value) || x.index - y.index;
    })
    .map(({ row }) => row);
}

/** Header click: unsorted → ascending → descending → back to the view's own order. */
export function nextSort(current: SortState | null, key: string): SortState | null {
  if (!current || current.key !== key) return { key, direction: "ascending" };
  return current.direction === "ascending" ? { key, direction: "descending" } : null;
}

/**
 * The 合计 row's values, keyed by column: exact sums of money (as yuan strings, or 万元 figures
 * when the column's values are 万元) and counts; a column's own function for ratios; null elsewhere.
 */
export function totalsFor<Row>(columns: readonly Column<Row>[], rows: readonly Row[]): Record<string, CellValue> {
  const totals: Record<string, CellValue> = {};
  for (const column of columns) {
    if (typeof column.total === "function") totals[column.key] = column.total(rows);
    else if (column.total === "sum") totals[column.key] = sumColumn(column, rows);
    else totals[column.key] = null;
  }
  return totals;
}

function sumColumn<Row>(column: Column<Row>, rows: readonly Row[]): CellValue {
  const values = rows.map(column.value).filter((v): v is string | number => v !== null && v !== "");
  if (values.length === 0) return null;
  const sum = values.reduce<Decimal>((total, v) => total.plus(typeof v === "number" ? String(v) : v), new Decimal(0));
  // Money stays a string of yuan when the values were yuan strings; 万元 figures and counts stay numbers.
  return values.every((v) => typeof v === "string") ? sum.toFixed(2) : sum.toNumber();
}
