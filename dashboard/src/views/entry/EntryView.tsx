import { useEffect, useRef, useState } from "react";
import { errorCode, invalidFields, describeError } from "../../api/errors.ts";
import { useYear } from "../../app/use-year.ts";
import { defaultEntryDate } from "../../format/date.ts";
import { useStrings } from "../../i18n/I18nProvider.tsx";
import { KindTabs } from "../../ui/KindTabs.tsx";
import { useSearchParam } from "../../url/url-state.ts";
import { EntryGrid } from "./EntryGrid.tsx";
import { errorsByRow, isBlank, newRow, rowToEntry, validateRow, type GridRow, type RowErrors } from "./entry-grid.ts";
import { COLUMNS, RECORD_KINDS, type RecordKind } from "./entry-kinds.ts";
import { entryStrings } from "./entry-strings.ts";
import { pasteIntoRows } from "./paste-rows.ts";
import { usePasteLookup } from "./use-paste-lookup.ts";
import { useRecordBatch, type BatchResult } from "./use-record-batch.ts";
import "./entry.css";

const START_ROWS = 5;

function freshRows(kind: RecordKind, date: string, count = START_ROWS): GridRow[] {
  const rows: GridRow[] = [];
  for (let i = 0; i < count; i++) rows.push(newRow(COLUMNS[kind], rows[i - 1], { date, month: date.slice(0, 7) }));
  return rows;
}

type Outcome =
  | { kind: "saved"; result: BatchResult }
  | { kind: "client"; rows: number }
  | { kind: "server"; rows: number }
  | { kind: "error"; error: unknown }
  | { kind: "nothing" };

/**
 * 录入: a week's records for several units at once, per record kind. The batch goes in one call
 * that stores all or nothing; errors come back per entry and are shown on their rows.
 */
export default function EntryView() {
  const t = useStrings(entryStrings);
  const [tabParam, setTab] = useSearchParam("tab");
  const kind: RecordKind = (RECORD_KINDS as readonly string[]).includes(tabParam ?? "") ? (tabParam as RecordKind) : "revenue";
  const columns = COLUMNS[kind];
  // Each tab keeps its rows while the clerk switches between them.
  const [rowsByKind, setRowsByKind] = useState<Partial<Record<RecordKind, GridRow[]>>>({});
  const [errors, setErrors] = useState<RowErrors>({});
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const { record, saving } = useRecordBatch();
  // New rows start on a day of the year the picker shows, not on today in another year.
  const { year } = useYear();
  const startDate = defaultEntryDate(year);
  // Untouched rows are made once per tab and only take the picked year's day: made anew on every
  // render (or when the years arrive), they would get new keys and React would replace the inputs
  // under the clerk's cursor (a cell focused for a paste was gone by the time it came).
  const freshCache = useRef(new Map<RecordKind, GridRow[]>());
  if (!freshCache.current.has(kind)) freshCache.current.set(kind, freshRows(kind, startDate));
  const rows = rowsByKind[kind] ?? freshCache.current.get(kind)!.map((row) => ({ ...row, values: { ...row.values, date: startDate } }));
  // Another year picked: rows nobody has typed in yet move to a day of that year.
  useEffect(() => {
    setRowsByKind((all) => {
      const moved: typeof all = {};
      for (const [k, list] of Object.entries(all) as [RecordKind, GridRow[]][]) {
        moved[k] = list.map((row) => (isBlank(COLUMNS[k], row) ? { ...row, values: { ...row.values, date: startDate } } : row));
      }
      return moved;
    });
  }, [startDate]);
  const setRows = (next: GridRow[]) => setRowsByKind((all) => ({ ...all, [kind]: next }));
  const filled = rows.filter((row) => !isBlank(columns, row));
  const pasteLookup = usePasteLookup();

  function change(rowId: number, field: string, value: string) {
    setRows(rows.map((row) => (row.id === rowId ? { ...row, values: { ...row.values, [field]: value } } : row)));
    if (errors[rowId]?.[field]) {
      const { [field]: _cleared, ...rest } = errors[rowId];
      setErrors({ ...errors, [rowId]: rest });
    }
  }

  async function submit() {
    setOutcome(null);
    if (filled.length === 0) return setOutcome({ kind: "nothing" });
    const clientErrors: RowErrors = {};
    for (const row of filled) {
      const rowErrors = validateRow(columns, row);
      if (Object.keys(rowErrors).length > 0)
        clientErrors[row.id] = Object.fromEntries(Object.entries(rowErrors).map(([f, code]) => [f, t.clientErrors[code]]));
    }
    setErrors(clientErrors);
    if (Object.keys(clientErrors).length > 0) return setOutcome({ kind: "client", rows: Object.keys(clientErrors).length });
    const sentIds = filled.map((row) => row.id);
    try {
      const result = await record(
        kind,
        filled.map((row) => rowToEntry(columns, row)),
      );
      setOutcome({ kind: "saved", result });
      setRows(freshRows(kind, startDate, START_ROWS));
    } catch (e) {
      const byRow = errorsByRow(invalidFields(e), sentIds);
      setErrors(byRow);
      setOutcome(Object.keys(byRow).length > 0 ? { kind: "server", rows: Object.keys(byRow).length } : { kind: "error", error: e });
    }
  }

  return (
    <section className="page entry-page">
      <header className="page-head">
        <h1>{t.title}</h1>
      </header>
      <p className="muted">{t.intro}</p>
      <KindTabs
        kinds={RECORD_KINDS}
        active={kind}
        label={(k) => `${t.tabs[k]}${(rowsByKind[k] ?? []).some((row) => !isBlank(COLUMNS[k], row)) ? " •" : ""}`}
        onSelect={(k) => {
          setErrors({});
          setOutcome(null);
          setTab(k === "revenue" ? null : k, { replace: true });
        }}
      />
      {outcome && <OutcomeAlert outcome={outcome} />}
      <div className="card">
        <EntryGrid
          columns={columns}
          rows={rows}
          errors={errors}
          onChange={change}
          onRemove={(id) => setRows(rows.filter((row) => row.id !== id))}
          onPasteTable={(index, field, table) => setRows(pasteIntoRows(columns, rows, index, field, table, pasteLookup))}
        />
        <div className="entry-actions">
          <button
            type="button"
            className="btn"
            onClick={() => setRows([...rows, newRow(columns, rows.at(-1), { date: startDate, month: startDate.slice(0, 7) })])}
          >
            {t.addRow}
          </button>
          <button
            type="button"
            className="btn"
            onClick={() => setRows([...rows, ...freshRows(kind, startDate, 5).map((row) => (rows.at(-1) ? newRow(columns, rows.at(-1)) : row))])}
          >
            {t.addRows(5)}
          </button>
          <button
            type="button"
            className="btn"
            onClick={() => {
              setRows(freshRows(kind, startDate));
              setErrors({});
              setOutcome(null);
            }}
          >
            {t.clear}
          </button>
          <span className="spacer" />
          <button type="button" className="btn btn--primary" onClick={() => void submit()} disabled={saving || filled.length === 0}>
            {saving ? t.saving : t.submit(filled.length)}
          </button>
        </div>
      </div>
    </section>
  );
}

function OutcomeAlert({ outcome }: { outcome: Outcome }) {
  const t = useStrings(entryStrings);
  switch (outcome.kind) {
    case "nothing":
      return <div className="alert alert--warn">{t.nothing}</div>;
    case "client":
      return (
        <div className="alert alert--error" role="alert">
          {t.fixFirst(outcome.rows)}
        </div>
      );
    case "server":
      return (
        <div className="alert alert--error" role="alert">
          {t.rejected(outcome.rows)}
        </div>
      );
    case "error":
      return (
        <div className="alert alert--error" role="alert">
          {errorCode(outcome.error) === "YEAR_FINALIZED" ? t.yearFinalized : describeError(outcome.error)}
        </div>
      );
    case "saved":
      return (
        <div className={outcome.result.duplicates.length > 0 ? "alert alert--warn" : "alert alert--ok"} role="status">
          {t.saved(outcome.result.inserted)}
          {outcome.result.duplicates.length > 0 && <div>{t.duplicates(outcome.result.duplicates.join(", "))}</div>}
        </div>
      );
  }
}
