import { Fragment, useId, useState, type ReactNode } from "react";
import { useLang, useStrings } from "../../i18n/I18nProvider.tsx";
import { ErrorAlert } from "../ErrorAlert.tsx";
import { ExportButtons } from "./ExportButtons.tsx";
import { buildExportSheet } from "./table-export.ts";
import { tableStrings } from "./table-strings.ts";
import type { CellValue, Column, SortState, TableFilter } from "./table-types.ts";
import { alignmentOf, formatCell, isNumericKind, nextSort, sortRows, totalsFor } from "./table-values.ts";
import "./data-table.css";

export interface DataTableProps<Row> {
  /** The card's heading, the table's accessible name and the export's title row. */
  title: string;
  /** Beside the heading (a status badge). */
  titleExtra?: ReactNode;
  /** A muted line under the heading: the unit of the figures, a hint. */
  note?: ReactNode;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** `data-*` attributes of a row (data-unit, data-token …), for styles and the browser tests. */
  rowAttributes?: (row: Row) => Record<string, string | undefined>;
  rowClassName?: (row: Row) => string | undefined;
  /** Makes rows selectable by click, Enter or Space (the URL's unit). */
  onSelect?: (row: Row) => void;
  isSelected?: (row: Row) => boolean;
  /** A full-width row under a row (a unit's exact figures), or null. */
  expanded?: (row: Row) => ReactNode;
  /** Shows a 合计 row: the columns' totals (see Column.total), `label` in the first cell. */
  totals?: { label: string; screenLabel?: ReactNode } | null;
  /** The filters that shaped the rows (year, quarter …), written above the header in exports. */
  filters?: readonly TableFilter[];
  /** The second header row's group cells, e.g. a year with its preview badge. */
  groupHeader?: (group: string) => ReactNode;
  /** Buttons beside the export buttons (add a contract …). */
  actions?: ReactNode;
  /** Between the heading and the table: a warning about the rows. */
  banner?: ReactNode;
  /** Under the table: counts, paging notes. */
  footer?: ReactNode;
  loading?: boolean;
  error?: unknown;
  emptyText?: ReactNode;
  /** data-testid of the <table>. */
  testId?: string;
  className?: string;
  /** For a scrolling table (committee scores). */
  wrapClassName?: string;
  /** False where an export makes no sense (a form's rows); default true. */
  exportable?: boolean;
}

/**
 * Every table of the dashboard: heading, click-to-sort headers, the 合计 row, CSV and Excel
 * export, selectable rows. Views only say which columns they have; formats, alignment, exact sums
 * and exports follow from each column's kind.
 */
export function DataTable<Row>(props: DataTableProps<Row>) {
  const { title, titleExtra, note, columns, rows, rowKey, totals, filters = [], loading, error, emptyText, actions, footer } = props;
  const t = useStrings(tableStrings);
  const { lang } = useLang();
  const headingId = useId();
  const [sort, setSort] = useState<SortState | null>(null);
  const shown = sortRows(rows, columns, sort);
  const totalValues = totals && rows.length > 0 ? totalsFor(columns, rows) : null;
  const exportable = props.exportable !== false && rows.length > 0;

  const buildSheet = () =>
    buildExportSheet({
      title,
      filters,
      columns,
      rows: shown,
      totals: totals && totalValues ? { label: totals.label, values: totalValues } : null,
      lang,
    });

  let body: ReactNode;
  if (loading && rows.length === 0) {
    body = <div className="chart-skeleton" style={{ height: 200 }} role="status" aria-label={t.loading} />;
  } else if (rows.length === 0) {
    body = error ? null : <p className="muted">{emptyText ?? t.empty}</p>;
  } else {
    body = (
      <div className={props.wrapClassName ? `table-wrap ${props.wrapClassName}` : "table-wrap"}>
        <table className={props.className ? `data-table ${props.className}` : "data-table"} data-testid={props.testId} aria-labelledby={headingId}>
          <TableHead columns={columns} sort={sort} onSort={(key) => setSort(nextSort(sort, key))} groupHeader={props.groupHeader} />
          <tbody>
            {shown.map((row) => (
              <BodyRow key={rowKey(row)} row={row} table={props} />
            ))}
          </tbody>
          {totals && totalValues && (
            <tfoot>
              <tr>
                {columns.map((column, i) => (
                  <td key={column.key} className={cellClass(column, undefined)}>
                    {totalText(column, totalValues[column.key], i === 0 ? (totals.screenLabel ?? totals.label) : null)}
                  </td>
                ))}
              </tr>
            </tfoot>
          )}
        </table>
      </div>
    );
  }

  return (
    <section className="card data-table-card" aria-labelledby={headingId}>
      <div className="card-head data-table-card__head">
        <div className="data-table-card__title">
          <h2 id={headingId}>{title}</h2>
          {titleExtra}
          {note && <span className="muted">{note}</span>}
        </div>
        <div className="data-table-card__actions">
          {actions}
          {exportable && <ExportButtons title={title} buildSheet={buildSheet} />}
        </div>
      </div>
      {props.banner}
      <ErrorAlert error={error} />
      {body}
      {rows.length > 0 && footer}
    </section>
  );

  /** A 合计 cell: its figure, or the label in the first column when that column has no figure. */
  function totalText(column: Column<Row>, value: CellValue | undefined, label: ReactNode): ReactNode {
    const numeric = value !== null && value !== undefined && isNumericKind(column.kind);
    if (label !== null && !numeric) return label;
    if (value === null || value === undefined) return null;
    return column.totalCell ? column.totalCell(value) : formatCell(column.kind, value, lang);
  }
}

function cellClass<Row>(column: Column<Row>, row: Row | undefined): string | undefined {
  const classes = [
    alignmentOf(column) === "right" ? "num" : "",
    column.noPrint ? "no-print" : "",
    row === undefined ? "" : (column.className?.(row) ?? ""),
  ];
  return classes.filter(Boolean).join(" ") || undefined;
}

function TableHead<Row>({
  columns,
  sort,
  onSort,
  groupHeader,
}: {
  columns: readonly Column<Row>[];
  sort: SortState | null;
  onSort: (key: string) => void;
  groupHeader?: (group: string) => ReactNode;
}) {
  const t = useStrings(tableStrings);
  const grouped = columns.some((c) => c.group);
  const header = (column: Column<Row>, rowSpan?: number) => {
    const sortable = column.sortable !== false && column.header !== "";
    const direction = sort?.key === column.key ? sort.direction : null;
    return (
      <th
        key={column.key}
        scope="col"
        rowSpan={rowSpan}
        className={cellClass(column, undefined)}
        aria-sort={sortable ? (direction ?? "none") : undefined}
      >
        {sortable ? (
          <button type="button" className="th-sort" onClick={() => onSort(column.key)} title={t.sortBy(column.header)}>
            <span className="th-sort__label">{column.header}</span>
            <span className={`th-sort__icon th-sort__icon--${direction ?? "none"}`} aria-hidden="true" />
          </button>
        ) : (
          column.header
        )}
        {column.headerExtra}
      </th>
    );
  };
  if (!grouped) {
    return (
      <thead>
        <tr>{columns.map((c) => header(c))}</tr>
      </thead>
    );
  }
  // Consecutive columns of one group share a cell in the first row; the others span both rows.
  const spans: { group: string | undefined; columns: Column<Row>[] }[] = [];
  for (const column of columns) {
    const last = spans.at(-1);
    if (column.group && last?.group === column.group) last.columns.push(column);
    else spans.push({ group: column.group, columns: [column] });
  }
  return (
    <thead>
      <tr>
        {spans.map((span) =>
          span.group ? (
            <th key={`group-${span.group}`} scope="colgroup" colSpan={span.columns.length} className="col-group">
              {groupHeader ? groupHeader(span.group) : span.group}
            </th>
          ) : (
            header(span.columns[0], 2)
          ),
        )}
      </tr>
      <tr>{columns.filter((c) => c.group).map((c) => header(c))}</tr>
    </thead>
  );
}

function BodyRow<Row>({ row, table }: { row: Row; table: DataTableProps<Row> }) {
  const { lang } = useLang();
  const { columns, onSelect, isSelected, expanded } = table;
  const selected = isSelected?.(row) ?? false;
  const classes = [onSelect ? "clickable" : "", selected ? "is-selected" : "", table.rowClassName?.(row) ?? ""].filter(Boolean).join(" ");
  const detail = expanded?.(row);
  return (
    <Fragment>
      <tr
        {...table.rowAttributes?.(row)}
        className={classes || undefined}
        onClick={onSelect ? () => onSelect(row) : undefined}
        onKeyDown={
          onSelect
            ? (e) => {
                // Only the row itself: Enter on a button inside it is the button's.
                if (e.target !== e.currentTarget || (e.key !== "Enter" && e.key !== " ")) return;
                e.preventDefault();
                onSelect(row);
              }
            : undefined
        }
        tabIndex={onSelect ? 0 : undefined}
        aria-selected={onSelect ? selected : undefined}
      >
        {columns.map((column) => (
          <td key={column.key} className={cellClass(column, row)} data-testid={column.testId} title={column.title?.(row)}>
            {column.cell ? column.cell(row) : formatCell(column.kind, column.value(row), lang)}
          </td>
        ))}
      </tr>
      {detail ? (
        <tr className="data-table__detail">
          <td colSpan={columns.length}>{detail}</td>
        </tr>
      ) : null}
    </Fragment>
  );
}
