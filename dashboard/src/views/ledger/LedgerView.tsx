import { useMutation, useQuery } from "@apollo/client/react";
import { useState } from "react";
import { useYearFinalized } from "../../app/use-read-scope.ts";
import { useUnits } from "../../app/use-units.ts";
import { useYear } from "../../app/use-year.ts";
import { useViewer } from "../../auth/index.ts";
import { can } from "../../auth/roles.ts";
import { formatYuan } from "../../format/money.ts";
import { useStrings } from "../../i18n/I18nProvider.tsx";
import { ConfirmDialog } from "../../ui/ConfirmDialog.tsx";
import { ErrorAlert } from "../../ui/ErrorAlert.tsx";
import { KindTabs } from "../../ui/KindTabs.tsx";
import { DataTable } from "../../ui/table/DataTable.tsx";
import type { Column, TableFilter } from "../../ui/table/table-types.ts";
import { useSearchParam } from "../../url/url-state.ts";
import { entryStrings } from "../entry/entry-strings.ts";
import { useRecordBatch } from "../entry/use-record-batch.ts";
import {
  CallbackLedgerQuery,
  ComplaintLedgerQuery,
  CostLedgerQuery,
  DispatchLedgerQuery,
  RevenueLedgerQuery,
  VoidRecordMutation,
} from "./ledger-queries.ts";
import {
  API_KIND,
  CATEGORY_OPTIONS,
  correctionAmount,
  correctionReference,
  EMPTY_FILTER,
  isMoneyKind,
  LEDGER_KINDS,
  ORDERS,
  orderFor,
  toLedgerRow,
  toRecordFilter,
  type LedgerFilterState,
  type LedgerKind,
  type LedgerRow,
} from "./ledger-shape.ts";
import { ledgerStrings } from "./ledger-strings.ts";
import "./ledger.css";

const PAGE_SIZE = 50;

const QUERIES = {
  revenue: RevenueLedgerQuery,
  costs: CostLedgerQuery,
  callbacks: CallbackLedgerQuery,
  complaints: ComplaintLedgerQuery,
  dispatches: DispatchLedgerQuery,
} as const;
const FIELDS: Record<LedgerKind, string> = {
  revenue: "revenueRecords",
  costs: "costRecords",
  callbacks: "callbackRecords",
  complaints: "complaintRecords",
  dispatches: "dispatchRecords",
};

interface Connection {
  totalCount: number;
  sum?: string | null;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: { node: Parameters<typeof toLedgerRow>[1] }[];
}

type Dialog = { kind: "correct"; row: LedgerRow; amount: string; reference: string; date: string } | { kind: "void"; row: LedgerRow; reason: string };

/**
 * 台账: what is stored, one ledger at a time, filtered and paged by the server (count and sum of
 * the whole filtered set in SQL). Money records are corrected with a linked 冲红; callbacks,
 * complaints and dispatches are voided with a reason. A station head reads their own unit (the
 * API scopes it).
 */
export default function LedgerView() {
  const t = useStrings(ledgerStrings);
  const e = useStrings(entryStrings);
  const viewer = useViewer();
  const { year } = useYear();
  const finalized = useYearFinalized(year);
  const { units, name } = useUnits();
  const [kindParam, setKindParam] = useSearchParam("kind");
  const kind: LedgerKind = (LEDGER_KINDS as readonly string[]).includes(kindParam ?? "") ? (kindParam as LedgerKind) : "revenue";
  const [filter, setFilter] = useState<LedgerFilterState>(EMPTY_FILTER);
  const [orderParam, setOrder] = useState<string>("DATE_ASC");
  const order = orderFor(kind, orderParam);
  // Cursors of the pages before this one: back goes to the one before, forward adds this page's end.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors[cursors.length - 1];
  const recordFilter = toRecordFilter(kind, filter, year);
  const { data, loading, error, refetch } = useQuery(QUERIES[kind] as typeof RevenueLedgerQuery, {
    variables: { filter: recordFilter, orderBy: order, first: PAGE_SIZE, after },
    skip: year === null,
  });
  const connection = (data as unknown as Record<string, Connection> | undefined)?.[FIELDS[kind]];
  const rows = (connection?.edges ?? []).map((edge) => toLedgerRow(kind, edge.node));
  const money = isMoneyKind(kind);
  const mayChange = can(viewer, "enterRecords") && finalized === false;

  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [dialogError, setDialogError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { record, saving } = useRecordBatch();
  const [voidRecord, voiding] = useMutation(VoidRecordMutation, { refetchQueries: "active" });

  const openDialog = (next: Dialog) => {
    setDialogError(null);
    setDialog(next);
  };
  const resetPaging = () => setCursors([null]);
  const changeFilter = (patch: Partial<LedgerFilterState>) => {
    setFilter({ ...filter, ...patch });
    resetPaging();
  };
  const categoryLabel = (code: string) => (kind === "complaints" ? t.complaintKinds[code] : e.options[code]) ?? code;

  const columns: Column<LedgerRow>[] = [
    { key: "date", header: t.columns.date, kind: "date", value: (r) => r.date },
    { key: "unit", header: t.columns.unit, kind: "text", value: (r) => name(r.unitCode) },
    { key: "category", header: t.columns.category, kind: "text", value: (r) => categoryLabel(r.category) },
    ...(kind === "dispatches"
      ? [
          {
            key: "dispatchKind",
            header: t.columns.dispatchKind,
            kind: "text" as const,
            value: (r: LedgerRow) => (r.dispatchKind ? (e.options[r.dispatchKind] ?? r.dispatchKind) : null),
          },
        ]
      : []),
    { key: "reference", header: t.columns.reference, kind: "text", value: (r) => r.reference },
    ...(money
      ? [
          { key: "amount", header: t.columns.amount, kind: "yuan" as const, value: (r: LedgerRow) => r.amount, total: "sum" as const },
          {
            key: "net",
            header: t.columns.net,
            kind: "yuan" as const,
            value: (r: LedgerRow) => r.netAmount,
            total: "sum" as const,
            testId: "ledger-net",
          },
        ]
      : []),
    {
      key: "note",
      header: t.columns.note,
      kind: "text",
      testId: "ledger-note",
      value: (r) =>
        [
          r.corrects ? t.corrects(r.corrects) : null,
          r.correctedBy.length > 0 ? t.correctedBy(r.correctedBy.join(", ")) : null,
          r.voided ? t.voided(r.voidReason ?? "") : null,
        ]
          .filter(Boolean)
          .join(";") || null,
    },
  ];
  if (mayChange) {
    columns.push({
      key: "actions",
      header: t.columns.actions,
      kind: "text",
      exportable: false,
      sortable: false,
      noPrint: true,
      value: () => null,
      cell: (r) => {
        if (money) {
          const amount = correctionAmount(r);
          if (amount === null) return null;
          const taken = rows.map((x) => x.reference);
          return (
            <button
              type="button"
              className="btn btn--small"
              onClick={() => openDialog({ kind: "correct", row: r, amount, reference: correctionReference(r.reference, taken), date: r.date })}
            >
              {t.correct}
            </button>
          );
        }
        if (r.voided) return null;
        return (
          <button type="button" className="btn btn--small" onClick={() => openDialog({ kind: "void", row: r, reason: "" })}>
            {t.void}
          </button>
        );
      },
    });
  }

  const shownFilters: TableFilter[] = [
    ...(year !== null ? [{ label: t.filters.year, value: String(year) }] : []),
    ...(filter.unitCode ? [{ label: t.filters.unit, value: name(filter.unitCode) }] : []),
    ...(filter.from ? [{ label: t.filters.from, value: filter.from }] : []),
    ...(filter.to ? [{ label: t.filters.to, value: filter.to }] : []),
    ...(filter.category ? [{ label: t.filters.category, value: categoryLabel(filter.category) }] : []),
    ...(filter.referenceContains ? [{ label: t.filters.reference, value: filter.referenceContains }] : []),
  ];

  async function confirm() {
    if (!dialog) return;
    setDialogError(null);
    try {
      if (dialog.kind === "correct") {
        const r = dialog.row;
        const result = await record(kind, [
          {
            unitCode: r.unitCode,
            date: dialog.date,
            category: r.category,
            amount: dialog.amount.trim(),
            reference: dialog.reference.trim(),
            correction: true,
            corrects: r.reference,
            ...(kind === "costs" ? { warrantyExchange: false } : {}),
          },
        ]);
        // The page knows only its own references: one stored elsewhere comes back as a duplicate, and nothing was stored.
        if (result.inserted === 0) return setDialogError(new Error(t.referenceTaken(dialog.reference.trim())));
        setNotice(t.corrected(dialog.reference.trim()));
      } else {
        await voidRecord({ variables: { kind: API_KIND[kind], reference: dialog.row.reference, reason: dialog.reason.trim() } });
        setNotice(t.voidedDone(dialog.row.reference));
      }
      setDialog(null);
      await refetch();
    } catch (err) {
      setDialogError(err);
    }
  }

  return (
    <section className="page ledger-page">
      <header className="page-head">
        <h1>{t.title}</h1>
      </header>
      <p className="muted">{t.intro}</p>
      <KindTabs
        kinds={LEDGER_KINDS}
        active={kind}
        label={(k) => t.tabs[k]}
        onSelect={(k) => {
          setKindParam(k === "revenue" ? null : k, { replace: true });
          setFilter({ ...filter, category: "" });
          resetPaging();
          setNotice(null);
        }}
      />
      <form className="ledger-filters card" onSubmit={(ev) => ev.preventDefault()}>
        <label>
          {t.filters.unit}
          <select name="unit" value={filter.unitCode} onChange={(ev) => changeFilter({ unitCode: ev.target.value })}>
            <option value="">{t.allUnits}</option>
            {units.map((u) => (
              <option key={u.code} value={u.code}>
                {name(u.code)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.filters.from}
          <input type="date" name="from" value={filter.from} onChange={(ev) => changeFilter({ from: ev.target.value })} />
        </label>
        <label>
          {t.filters.to}
          <input type="date" name="to" value={filter.to} onChange={(ev) => changeFilter({ to: ev.target.value })} />
        </label>
        <label>
          {t.filters.category}
          <select name="category" value={filter.category} onChange={(ev) => changeFilter({ category: ev.target.value })}>
            <option value="">{t.allCategories}</option>
            {CATEGORY_OPTIONS[kind].map((code) => (
              <option key={code} value={code}>
                {categoryLabel(code)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.filters.reference}
          <input
            type="search"
            name="reference"
            value={filter.referenceContains}
            onChange={(ev) => changeFilter({ referenceContains: ev.target.value })}
          />
        </label>
        <label className="ledger-filters__check">
          <input
            type="checkbox"
            name="correctionsOnly"
            checked={filter.correctionsOnly}
            onChange={(ev) => changeFilter({ correctionsOnly: ev.target.checked })}
          />
          {money ? t.filters.correctionsOnly : t.filters.voidedOnly}
        </label>
        {money && (
          <label className="ledger-filters__check">
            <input type="checkbox" name="net" checked={filter.net} onChange={(ev) => changeFilter({ net: ev.target.checked })} />
            {t.filters.net}
          </label>
        )}
        <label>
          {t.filters.order}
          <select
            name="order"
            value={order}
            onChange={(ev) => {
              setOrder(ev.target.value);
              resetPaging();
            }}
          >
            {ORDERS.filter((o) => money || !o.startsWith("AMOUNT")).map((o) => (
              <option key={o} value={o}>
                {t.orders[o]}
              </option>
            ))}
          </select>
        </label>
      </form>
      {finalized && mayChange === false && can(viewer, "enterRecords") && <p className="muted">{t.finalizedNote}</p>}
      {notice && (
        <p className="alert alert--success" role="status">
          {notice}
        </p>
      )}
      {error && <ErrorAlert error={error} />}
      {/* A status: the count and sum are announced as the filters change them. */}
      <p className="ledger-summary" role="status">
        {connection ? t.summary(connection.totalCount, money && connection.sum != null ? formatYuan(connection.sum) : null) : loading ? "…" : ""}
      </p>
      <DataTable
        title={`${t.title} · ${t.tabs[kind]}`}
        columns={columns}
        rows={rows}
        rowKey={(r) => r.id}
        rowClassName={(r) => (r.voided ? "is-voided" : r.correction ? "is-correction" : undefined)}
        rowAttributes={(r) => ({ "data-reference": r.reference })}
        filters={shownFilters}
        totals={money && rows.length > 0 ? { label: "合计" } : null}
        note={rows.length === 0 && !loading ? t.empty : undefined}
        footer={
          <div className="ledger-paging">
            <button type="button" className="btn btn--small" disabled={cursors.length <= 1} onClick={() => setCursors(cursors.slice(0, -1))}>
              {t.previous}
            </button>
            <span>{t.page(cursors.length)}</span>
            <button
              type="button"
              className="btn btn--small"
              disabled={!connection?.pageInfo.hasNextPage}
              onClick={() => connection?.pageInfo.endCursor && setCursors([...cursors, connection.pageInfo.endCursor])}
            >
              {t.next}
            </button>
          </div>
        }
      />
      {dialog && (
        <ConfirmDialog
          title={dialog.kind === "correct" ? t.correctTitle(dialog.row.reference) : t.voidTitle(dialog.row.reference)}
          confirmLabel={dialog.kind === "correct" ? t.confirmCorrect : t.confirmVoid}
          cancelLabel={t.cancel}
          danger={dialog.kind === "void"}
          confirmDisabled={saving || voiding.loading || (dialog.kind === "void" && dialog.reason.trim() === "")}
          onCancel={() => setDialog(null)}
          onConfirm={confirm}
        >
          <p className="muted">{dialog.kind === "correct" ? t.correctIntro : t.voidIntro}</p>
          {dialog.kind === "correct" ? (
            <div className="ledger-dialog">
              <label>
                {t.amount}
                <input
                  name="correctionAmount"
                  inputMode="decimal"
                  value={dialog.amount}
                  onChange={(ev) => setDialog({ ...dialog, amount: ev.target.value })}
                />
              </label>
              <label>
                {t.reference}
                <input name="correctionReference" value={dialog.reference} onChange={(ev) => setDialog({ ...dialog, reference: ev.target.value })} />
              </label>
              <label>
                {t.date}
                <input type="date" name="correctionDate" value={dialog.date} onChange={(ev) => setDialog({ ...dialog, date: ev.target.value })} />
              </label>
            </div>
          ) : (
            <label className="ledger-dialog">
              {t.reason}
              <textarea
                name="voidReason"
                value={dialog.reason}
                maxLength={500}
                onChange={(ev) => setDialog({ ...dialog, reason: ev.target.value })}
              />
            </label>
          )}
          {dialogError !== null && <ErrorAlert error={dialogError} />}
        </ConfirmDialog>
      )}
    </section>
  );
}
