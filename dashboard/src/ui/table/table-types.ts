import type { ReactNode } from "react";

/**
 * What a column holds, which decides its alignment, its screen format, how it sorts, how its
 * 合计 is added up and how it is written to CSV and Excel:
 * - `yuan`: money shown in yuan with two decimals; the value is the API's exact yuan string.
 * - `wan`: money shown in 万元 with two decimals; the value is the exact yuan string, or a number
 *   already in 万元 (the analytics shapes round to 0.01 万元 from exact decimals).
 * - `percent`: a number in percent (108 means 108 %).
 * - `count`: a whole number (people, vehicles, entries).
 * - `score`: points with two decimals.
 * - `text`: words; the value is what is exported and sorted (already in the interface language).
 * - `date`: an API date "2025-03-07".
 * - `instant`: an ISO instant, shown and exported in the viewer's local time.
 */
export type ColumnKind = "yuan" | "wan" | "percent" | "count" | "score" | "text" | "date" | "instant";

export type CellValue = string | number | null;

export interface Column<Row> {
  /** Stable identifier (sorting state, React keys). */
  key: string;
  /** The header in the interface language. */
  header: string;
  kind: ColumnKind;
  /** The value sorted on, added up and exported; null is an empty cell ("—"). */
  value: (row: Row) => CellValue;
  /** What the screen shows when it is more than the formatted value (badges, chips, arrows). */
  cell?: (row: Row) => ReactNode;
  /** Overrides `value` for sorting only (e.g. a grade sorted by its rank, not its name). */
  sortValue?: (row: Row) => string | number | null;
  /** Overrides the alignment the kind implies (numbers right, words left). */
  align?: "left" | "right";
  /** 合计: "sum" adds the values exactly; a function supplies a figure that is not a sum (a ratio). */
  total?: "sum" | ((rows: readonly Row[]) => CellValue);
  /** How the 合计 shows when the screen formats it unlike a plain figure (a signed saving). */
  totalCell?: (value: CellValue) => ReactNode;
  /** A second header row groups columns (the year-over-year table's years). */
  group?: string;
  sortable?: boolean;
  /** Action columns (buttons) are left out of CSV and Excel. */
  exportable?: boolean;
  /** Cell attributes the browser tests and styles rely on. */
  testId?: string;
  className?: (row: Row) => string | undefined;
  title?: (row: Row) => string | undefined;
  /** Shown beside the header (an explanation icon). */
  headerExtra?: ReactNode;
  /** Hidden in print (action columns). */
  noPrint?: boolean;
}

export type SortDirection = "ascending" | "descending";
export interface SortState {
  key: string;
  direction: SortDirection;
}

/** The active filters a table shows, written above the header in exports ("年度: 2025"). */
export interface TableFilter {
  label: string;
  value: string;
}
