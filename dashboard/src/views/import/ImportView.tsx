import { useQuery } from "@apollo/client/react";
import { useApolloClient } from "@apollo/client/react";
import { useId, useState, type DragEvent } from "react";
import { useUnits } from "../../app/use-units.ts";
import { useYear } from "../../app/use-year.ts";
import { formatInstant } from "../../format/date.ts";
import { useLang, useStrings } from "../../i18n/I18nProvider.tsx";
import { DataTable } from "../../ui/table/DataTable.tsx";
import { unitColumn } from "../../ui/table/shared-columns.tsx";
import type { Column } from "../../ui/table/table-types.ts";
import { useSearchParam } from "../../url/url-state.ts";
import { entryStrings } from "../entry/entry-strings.ts";
import { ImportsQuery } from "./import-queries.ts";
import { ColumnMapping } from "./ColumnMapping.tsx";
import { importStrings } from "./import-strings.ts";
import { IMPORT_KINDS, sendImport, type ImportAnswer, type ImportKind, type ImportReport } from "./import-upload.ts";
import "./import.css";

type Phase = { step: "idle" } | { step: "sending"; dryRun: boolean; share: number } | { step: "answered"; answer: ImportAnswer; dryRun: boolean };

/**
 * 导入: a spreadsheet of records (or the contract table) checked by the server first — rows read,
 * totals per unit and category, bad rows, duplicates and conflicts — then imported in one go.
 */
export default function ImportView() {
  const t = useStrings(importStrings);
  const { lang } = useLang();
  const { year } = useYear();
  const client = useApolloClient();
  const [kindParam, setKindParam] = useSearchParam("kind");
  const kind: ImportKind = (IMPORT_KINDS as readonly string[]).includes(kindParam ?? "") ? (kindParam as ImportKind) : "revenue";
  const [file, setFile] = useState<File | null>(null);
  const [sheet, setSheet] = useState<string | null>(null);
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const [phase, setPhase] = useState<Phase>({ step: "idle" });
  const [dragging, setDragging] = useState(false);

  async function send(chosen: File, dryRun: boolean, chosenSheet: string | null, chosenMapping = mapping) {
    setPhase({ step: "sending", dryRun, share: 0 });
    const answer = await sendImport({
      kind,
      file: chosen,
      dryRun,
      sheet: chosenSheet,
      mapping: chosenMapping,
      year,
      lang,
      onProgress: (share) => setPhase({ step: "sending", dryRun, share }),
    });
    setPhase({ step: "answered", answer, dryRun });
    if (!dryRun && answer.ok) await client.refetchQueries({ include: "active" });
  }

  function choose(chosen: File | null | undefined) {
    if (!chosen) return;
    setFile(chosen);
    setSheet(null);
    setMapping({});
    void send(chosen, true, null, {});
  }

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    choose(event.dataTransfer.files[0]);
  };

  const answer = phase.step === "answered" ? phase.answer : null;
  const report = answer?.report ?? null;
  const mappable = report
    ? { columns: report.columns, fields: report.fields }
    : answer && !answer.ok && !answer.report
      ? (answer.mappable ?? null)
      : null;
  const checkedOk = phase.step === "answered" && phase.dryRun && answer?.ok === true;
  const importedNow = phase.step === "answered" && !phase.dryRun && answer?.ok === true;

  return (
    <section className="page import-page">
      <header className="page-head">
        <h1>{t.title}</h1>
      </header>
      <p className="muted">{t.intro}</p>
      <div className="card import-form">
        <div className="form-row">
          <label className="field">
            <span>{t.kind}</span>
            <select
              value={kind}
              onChange={(e) => {
                setKindParam(e.target.value === "revenue" ? null : e.target.value, { replace: true });
                setFile(null);
                setPhase({ step: "idle" });
              }}
            >
              {IMPORT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t.kinds[k]}
                </option>
              ))}
            </select>
          </label>
          {kind === "contracts" && year !== null && <span className="muted">{t.contractYear(year)}</span>}
          {kind === "arrears" && year !== null && <span className="muted">{t.arrearsYear(year)}</span>}
          {report && report.sheets.length > 1 && file && (
            <label className="field">
              <span>{t.sheet}</span>
              <select
                value={sheet ?? report.sheet ?? ""}
                onChange={(e) => {
                  setSheet(e.target.value);
                  void send(file, true, e.target.value);
                }}
              >
                {report.sheets.map((s) => (
                  <option key={s} value={s}>
                    {s}
                  </option>
                ))}
              </select>
            </label>
          )}
        </div>
        <label
          className={dragging ? "drop-zone is-dragging" : "drop-zone"}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
        >
          <span>{file ? file.name : t.drop}</span>
          <span className="btn btn--small">{t.pick}</span>
          <input
            type="file"
            accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
            onChange={(e) => {
              choose(e.target.files?.[0]);
              e.target.value = "";
            }}
          />
        </label>
        {phase.step === "sending" && <Progress share={phase.share} dryRun={phase.dryRun} />}
      </div>

      {answer && !answer.report && (
        <div className="alert alert--error" role="alert">
          {answer.message}
        </div>
      )}
      {file && mappable && (
        <ColumnMapping
          // A new answer starts the step again from what the server recognised.
          key={`${file.name}-${JSON.stringify(mappable.columns)}`}
          mappable={mappable}
          open={!answer?.report}
          onApply={(chosen) => {
            setMapping(chosen);
            void send(file, true, sheet, chosen);
          }}
        />
      )}
      {report && (
        <CheckReport
          report={report}
          importedNow={importedNow}
          actions={
            checkedOk && file ? (
              <div className="import-actions">
                <button type="button" className="btn" onClick={() => void send(file, true, sheet)}>
                  {t.check}
                </button>
                <button type="button" className="btn btn--primary" onClick={() => void send(file, false, sheet)}>
                  {t.confirm(report.valid)}
                </button>
              </div>
            ) : null
          }
        />
      )}
      <ImportHistory />
    </section>
  );
}

function Progress({ share, dryRun }: { share: number; dryRun: boolean }) {
  const t = useStrings(importStrings);
  const percent = Math.round(share * 100);
  return (
    <div className="import-progress" role="status">
      <progress max={100} value={percent < 100 ? percent : undefined} />
      <span>
        {dryRun ? t.checking : t.importing} {percent < 100 ? t.uploaded(percent) : t.serverWorking}
      </span>
    </div>
  );
}

function CheckReport({ report, importedNow, actions }: { report: ImportReport; importedNow: boolean; actions: React.ReactNode }) {
  const summaryId = useId();
  const t = useStrings(importStrings);
  const entry = useStrings(entryStrings);
  const { name } = useUnits();
  const bad = report.invalidCount > 0 || report.conflictCount > 0;
  const label = (code: string | null) => (code === null ? "—" : (entry.options[code] ?? code));
  const totalsColumns: Column<ImportReport["totals"][number]>[] = [
    unitColumn(t.columns.unit, (r) => r.unitCode, name),
    { key: "category", header: t.columns.category, kind: "text", value: (r) => label(r.category) },
    { key: "count", header: t.columns.count, kind: "count", value: (r) => r.count, total: "sum" },
  ];
  if (report.totals.some((r) => r.amount !== null)) {
    totalsColumns.push({ key: "amount", header: t.columns.amount, kind: "yuan", value: (r) => r.amount, total: "sum" });
  }
  const invalidColumns: Column<ImportReport["invalid"][number]>[] = [
    { key: "sheet", header: t.columns.sheet, kind: "text", value: (r) => r.sheet },
    { key: "row", header: t.columns.row, kind: "count", value: (r) => r.row },
    { key: "column", header: t.columns.column, kind: "text", value: (r) => r.column },
    { key: "field", header: t.columns.field, kind: "text", value: (r) => t.fieldNames[r.field] ?? r.field },
    { key: "value", header: t.columns.value, kind: "text", value: (r) => r.value, className: () => "import-bad-value" },
    { key: "reason", header: t.columns.reason, kind: "text", value: (r) => r.reason },
  ];
  const conflictColumns: Column<ImportReport["conflicts"][number]>[] = [
    { key: "row", header: t.columns.row, kind: "count", value: (r) => r.row },
    { key: "reference", header: t.columns.reference, kind: "text", value: (r) => r.reference },
    { key: "reason", header: t.columns.reason, kind: "text", value: (r) => r.reason },
  ];
  const previewFields = report.columns.filter((c) => c.field !== null);
  const previewColumns: Column<ImportReport["preview"][number]>[] = [
    { key: "row", header: t.columns.row, kind: "count", value: (r) => r.row },
    ...previewFields.map(
      (c): Column<ImportReport["preview"][number]> => ({
        key: `f-${c.field}`,
        header: `${c.header} (${c.column})`,
        kind: "text",
        value: (r) => r.values[c.field!] ?? "",
      }),
    ),
  ];
  const filters = [{ label: t.columns.fileName, value: report.fileName }];
  return (
    <>
      <section className="card import-summary" aria-labelledby={summaryId}>
        <h2 id={summaryId}>{t.summary}</h2>
        <dl className="import-figures">
          <Figure label={t.rowsRead} value={report.rows} />
          <Figure label={t.valid} value={report.valid} />
          <Figure label={t.invalidRows} value={report.invalidCount} bad={report.invalidCount > 0} />
          <Figure label={t.conflictRows} value={report.conflictCount} bad={report.conflictCount > 0} />
          <Figure label={t.duplicateRows} value={report.duplicateCount} />
          {report.sheet && <Figure label={t.sheet} value={report.sheet} />}
        </dl>
        {report.alreadyImported && (
          <div className="alert alert--warn">
            {t.alreadyImported(formatInstant(report.alreadyImported.at), report.alreadyImported.actor, report.alreadyImported.inserted)}
          </div>
        )}
        {importedNow ? (
          <div className={report.inserted > 0 ? "alert alert--ok" : "alert alert--warn"} role="status">
            {report.inserted > 0 ? t.stored(report.inserted, report.duplicateCount) : t.storedNothing}
          </div>
        ) : bad ? (
          <div className="alert alert--error" role="alert">
            {t.mustFix}
          </div>
        ) : (
          <div className="alert alert--ok" role="status">
            {t.checkedOk}
          </div>
        )}
        {actions}
      </section>
      {report.invalid.length > 0 && (
        <DataTable
          title={t.invalidTitle}
          columns={invalidColumns}
          rows={report.invalid}
          rowKey={(r) => `${r.sheet}-${r.row}-${r.column}-${r.code}`}
          rowClassName={() => "import-row--bad"}
          rowAttributes={(r) => ({ "data-row": String(r.row), "data-column": r.column })}
          filters={filters}
        />
      )}
      {report.conflicts.length > 0 && (
        <DataTable
          title={t.conflictsTitle}
          columns={conflictColumns}
          rows={report.conflicts}
          rowKey={(r) => `${r.row}-${r.reference}-${r.code}`}
          rowClassName={() => "import-row--bad"}
          rowAttributes={(r) => ({ "data-reference": r.reference })}
          filters={filters}
        />
      )}
      {report.duplicates.length > 0 && (
        <section className="card">
          <h2>{t.duplicatesTitle}</h2>
          <p className="import-duplicates">{report.duplicates.join(", ")}</p>
        </section>
      )}
      {report.totals.length > 0 && (
        <DataTable
          title={t.totalsTitle}
          columns={totalsColumns}
          rows={report.totals}
          rowKey={(r) => `${r.unitCode}-${r.category}`}
          rowAttributes={(r) => ({ "data-unit": r.unitCode, "data-category": r.category ?? undefined })}
          totals={{ label: t.total }}
          filters={filters}
        />
      )}
      {report.preview.length > 0 && (
        <DataTable
          title={t.previewTitle}
          columns={previewColumns}
          rows={report.preview}
          rowKey={(r) => String(r.row)}
          rowClassName={(r) => (r.invalid ? "import-row--bad" : undefined)}
          rowAttributes={(r) => ({ "data-row": String(r.row), "data-invalid": r.invalid ? "true" : undefined })}
          filters={filters}
        />
      )}
    </>
  );
}

function Figure({ label, value, bad }: { label: string; value: number | string; bad?: boolean }) {
  return (
    <div className={bad ? "import-figure is-bad" : "import-figure"}>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

function ImportHistory() {
  const t = useStrings(importStrings);
  const { data, loading, error } = useQuery(ImportsQuery, { variables: { limit: 50 }, fetchPolicy: "cache-and-network" });
  type Row = NonNullable<typeof data>["imports"][number];
  const columns: Column<Row>[] = [
    { key: "at", header: t.columns.at, kind: "instant", value: (r) => r.at },
    { key: "actor", header: t.columns.actor, kind: "text", value: (r) => r.actor },
    { key: "kind", header: t.columns.kind, kind: "text", value: (r) => t.kinds[r.kind] ?? r.kind },
    { key: "fileName", header: t.columns.fileName, kind: "text", value: (r) => r.fileName, title: (r) => r.sha256 },
    { key: "rows", header: t.columns.rows, kind: "count", value: (r) => r.rows },
    { key: "inserted", header: t.columns.inserted, kind: "count", value: (r) => r.inserted, total: "sum" },
    { key: "duplicates", header: t.columns.duplicates, kind: "count", value: (r) => r.duplicates },
  ];
  return (
    <DataTable
      title={t.historyTitle}
      columns={columns}
      rows={data?.imports ?? []}
      rowKey={(r) => `${r.at}-${r.sha256}`}
      loading={loading}
      error={error}
      emptyText={t.noHistory}
    />
  );
}
