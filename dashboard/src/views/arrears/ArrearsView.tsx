import { skipToken, useMutation, useQuery } from "@apollo/client/react";
import { useState } from "react";
import { useUnitScope, useUnits } from "../../app/use-units.ts";
import { useYear } from "../../app/use-year.ts";
import { useViewer } from "../../auth/index.ts";
import { can } from "../../auth/roles.ts";
import type { AgingBucket, ArrearsPageQuery as ArrearsPageData, ArrearsStatus } from "../../gql/graphql.ts";
import { formatMonth } from "../../format/date.ts";
import { commonStrings } from "../../i18n/common-strings.ts";
import { useLang, useStrings } from "../../i18n/I18nProvider.tsx";
import { ConfirmDialog } from "../../ui/ConfirmDialog.tsx";
import { ErrorAlert } from "../../ui/ErrorAlert.tsx";
import { PagePlaceholder } from "../../ui/PagePlaceholder.tsx";
import { UnitFilter } from "../../ui/UnitFilter.tsx";
import { DataTable } from "../../ui/table/DataTable.tsx";
import { unitColumn } from "../../ui/table/shared-columns.tsx";
import type { Column, TableFilter } from "../../ui/table/table-types.ts";
import { useSearchParam } from "../../url/url-state.ts";
import { ArrearsPageQuery, DunningLogQuery, SetArrearsStatusMutation } from "./arrears-queries.ts";
import { arrearsStrings } from "./arrears-strings.ts";
import "./arrears.css";

type Household = ArrearsPageData["arrearsHouseholds"][number];
type AgingRow = ArrearsPageData["arrearsAging"][number];
type DunningMonthRow = ArrearsPageData["dunningByMonth"][number];

const STATUSES: ArrearsStatus[] = ["OPEN", "PAID", "UNCOLLECTABLE"];
const BUCKETS: AgingBucket[] = ["UNDER_1", "FROM_1_TO_3", "OVER_3"];
const STATUS_BADGE: Record<string, string> = { OPEN: "badge badge--pass", PAID: "badge badge--excellent", UNCOLLECTABLE: "badge badge--fail" };

/**
 * 欠费户 — the arrears register of a year with its aging and the dunning per unit and month; a
 * household's 催缴记录 opens below the register. The clerk and administrators change a status
 * (UNCOLLECTABLE with a reason, audited by the server). Filters (unit, status, aging) live in the
 * URL and run on the server; names, telephones and addresses come masked for most roles.
 */
export default function ArrearsView() {
  const t = useStrings(arrearsStrings);
  const common = useStrings(commonStrings);
  const { lang } = useLang();
  const viewer = useViewer();
  const { year, loading: yearLoading } = useYear();
  const { name } = useUnits();
  const { selected } = useUnitScope();
  const [status, setStatus] = useSearchParam("status");
  const [aging, setAging] = useSearchParam("aging");
  const [logOf, setLogOf] = useState<Household | null>(null);
  const [dialog, setDialog] = useState<{ household: Household; status: ArrearsStatus; reason: string } | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [dialogError, setDialogError] = useState<unknown>(null);
  const statusFilter = STATUSES.find((s) => s === status) ?? null;
  const agingFilter = BUCKETS.find((b) => b === aging) ?? null;
  const { data, loading, error } = useQuery(
    ArrearsPageQuery,
    year === null ? skipToken : { variables: { year, unitCode: selected, status: statusFilter, aging: agingFilter } },
  );
  const log = useQuery(
    DunningLogQuery,
    year === null || logOf === null || !logOf.unit ? skipToken : { variables: { year, unitCode: logOf.unit.code, reference: logOf.reference } },
  );
  const [saveStatus, saving] = useMutation(SetArrearsStatusMutation, { refetchQueries: [ArrearsPageQuery] });
  const mayChange = can(viewer, "enterRecords");

  if (year === null) return <PagePlaceholder loading={yearLoading} emptyText={t.empty} />;

  const households = data?.arrearsHouseholds ?? [];
  // The aging and dunning tables are filtered by year and unit only; the register by status and aging too.
  const scopeFilters: TableFilter[] = [{ label: common.year, value: String(year) }, ...(selected ? [{ label: t.unit, value: name(selected) }] : [])];
  const filters: TableFilter[] = [
    ...scopeFilters,
    ...(statusFilter ? [{ label: t.status, value: t.statuses[statusFilter] }] : []),
    ...(agingFilter ? [{ label: t.aging, value: t.buckets[agingFilter] }] : []),
  ];

  const householdColumns: Column<Household>[] = [
    unitColumn(t.unit, (h) => h.unit.code, name),
    { key: "reference", header: t.reference, kind: "text", value: (h) => h.reference },
    { key: "name", header: t.name, kind: "text", value: (h) => h.name, testId: "household-name" },
    { key: "contact", header: t.contact, kind: "text", value: (h) => h.contact, testId: "household-contact" },
    { key: "address", header: t.address, kind: "text", value: (h) => h.address },
    { key: "years", header: t.years, kind: "score", value: (h) => h.yearsInArrears, cell: (h) => h.yearsInArrears.toFixed(1) },
    { key: "aging", header: t.aging, kind: "text", value: (h) => t.buckets[h.aging] ?? h.aging },
    { key: "owed", header: t.owed, kind: "yuan", value: (h) => h.amountOwed, total: "sum" },
    { key: "paid", header: t.paid, kind: "yuan", value: (h) => h.amountPaid, total: "sum" },
    { key: "outstanding", header: t.outstanding, kind: "yuan", value: (h) => h.outstanding, total: "sum" },
    { key: "dunning", header: t.dunningCount, kind: "count", value: (h) => h.dunningCount, total: "sum" },
    {
      key: "status",
      header: t.status,
      kind: "text",
      value: (h) => (h.statusReason ? `${t.statuses[h.status]}:${h.statusReason}` : t.statuses[h.status]),
      cell: (h) => (
        <span className={STATUS_BADGE[h.status]} title={h.statusReason ?? undefined}>
          {t.statuses[h.status]}
        </span>
      ),
    },
    {
      key: "actions",
      header: t.actions,
      kind: "text",
      value: () => null,
      exportable: false,
      sortable: false,
      noPrint: true,
      cell: (h) => (
        <span className="arrears-actions">
          <button type="button" className="btn btn--small" onClick={() => setLogOf(h)} aria-label={`${t.showLog} ${h.reference}`}>
            {t.showLog}
          </button>
          {mayChange && (
            <button
              type="button"
              className="btn btn--small"
              onClick={() => {
                setDialogError(null);
                setDialog({ household: h, status: h.status === "UNCOLLECTABLE" ? "OPEN" : "UNCOLLECTABLE", reason: "" });
              }}
              aria-label={`${t.changeStatus} ${h.reference}`}
            >
              {t.changeStatus}
            </button>
          )}
        </span>
      ),
    },
  ];
  const agingColumns: Column<AgingRow>[] = [
    unitColumn(t.unit, (r) => r.unit.code, name),
    { key: "bucket", header: t.aging, kind: "text", value: (r) => t.buckets[r.bucket] ?? r.bucket },
    { key: "households", header: t.households, kind: "count", value: (r) => r.households, total: "sum" },
    { key: "owed", header: t.owed, kind: "yuan", value: (r) => r.amountOwed, total: "sum" },
    { key: "outstanding", header: t.outstanding, kind: "yuan", value: (r) => r.outstanding, total: "sum" },
  ];
  const dunningColumns: Column<DunningMonthRow>[] = [
    unitColumn(t.unit, (r) => r.unit.code, name),
    { key: "month", header: t.month, kind: "text", value: (r) => formatMonth(r.month, lang), sortValue: (r) => r.month },
    { key: "actions", header: t.dunningActions, kind: "count", value: (r) => r.actions, total: "sum" },
    { key: "paid", header: t.dunningPaid, kind: "yuan", value: (r) => r.amountPaid, total: "sum" },
  ];
  type LogRow = NonNullable<typeof log.data>["dunningLog"][number];
  const logColumns: Column<LogRow>[] = [
    { key: "date", header: t.date, kind: "date", value: (r) => r.date },
    { key: "method", header: t.method, kind: "text", value: (r) => t.methods[r.method] ?? r.method },
    { key: "outcome", header: t.outcome, kind: "text", value: (r) => r.outcome || null },
    { key: "paid", header: t.amountPaid, kind: "yuan", value: (r) => r.amountPaid, total: "sum" },
  ];

  const confirm = async () => {
    if (!dialog) return;
    setDialogError(null);
    try {
      await saveStatus({
        variables: {
          input: {
            year,
            unitCode: dialog.household.unit.code,
            reference: dialog.household.reference,
            status: dialog.status,
            reason: dialog.reason.trim() || null,
          },
        },
      });
      setNotice(t.saved(dialog.household.reference, t.statuses[dialog.status]));
      setDialog(null);
    } catch (caught) {
      setDialogError(caught);
    }
  };

  return (
    <section className="page arrears-page">
      <header className="page-head">
        <h1>{t.title(year)}</h1>
      </header>
      <p className="muted">{t.intro}</p>
      <div className="filter-bar">
        <UnitFilter label={t.unit} />
        <ChoiceSelect
          name="status"
          label={t.status}
          choices={STATUSES}
          labels={t.statuses}
          anyLabel={t.any}
          value={statusFilter ?? ""}
          onChange={(v) => setStatus(v || null)}
        />
        <ChoiceSelect
          name="aging"
          label={t.aging}
          choices={BUCKETS}
          labels={t.buckets}
          anyLabel={t.any}
          value={agingFilter ?? ""}
          onChange={(v) => setAging(v || null)}
        />
      </div>
      {error && <ErrorAlert error={error} />}
      {notice && (
        <p className="alert alert--success" role="status">
          {notice}
        </p>
      )}
      {households.some((h) => h.masked) && (
        <p className="muted" role="note">
          {t.maskedNote}
        </p>
      )}
      <DataTable
        title={t.householdsTitle}
        columns={householdColumns}
        rows={households}
        rowKey={(h) => h.id}
        rowAttributes={(h) => ({ "data-reference": h.reference })}
        totals={households.length > 1 ? { label: t.total } : null}
        filters={filters}
        loading={loading && !data}
        emptyText={t.empty}
      />
      {logOf && (
        <DataTable
          title={t.logTitle(logOf.reference)}
          columns={logColumns}
          rows={log.data?.dunningLog ?? []}
          rowKey={(r) => r.id}
          totals={(log.data?.dunningLog.length ?? 0) > 1 ? { label: t.total } : null}
          filters={[...filters, { label: t.reference, value: logOf.reference }]}
          loading={log.loading && !log.data}
          emptyText={t.noLog}
          actions={
            <button type="button" className="btn btn--small" onClick={() => setLogOf(null)}>
              {t.close}
            </button>
          }
        />
      )}
      <div className="arrears-second">
        <DataTable
          title={t.agingTitle}
          columns={agingColumns}
          rows={data?.arrearsAging ?? []}
          rowKey={(r) => `${r.unit.code}-${r.bucket}`}
          totals={(data?.arrearsAging.length ?? 0) > 1 ? { label: t.total } : null}
          filters={scopeFilters}
          loading={loading && !data}
        />
        <DataTable
          title={t.dunningTitle}
          columns={dunningColumns}
          rows={data?.dunningByMonth ?? []}
          rowKey={(r) => `${r.unit.code}-${r.month}`}
          totals={(data?.dunningByMonth.length ?? 0) > 1 ? { label: t.total } : null}
          filters={scopeFilters}
          loading={loading && !data}
        />
      </div>
      {dialog && (
        <ConfirmDialog
          title={t.statusTitle(dialog.household.reference)}
          confirmLabel={t.save}
          cancelLabel={t.cancel}
          danger={dialog.status === "UNCOLLECTABLE"}
          confirmDisabled={saving.loading || (dialog.status === "UNCOLLECTABLE" && dialog.reason.trim() === "")}
          onCancel={() => setDialog(null)}
          onConfirm={() => void confirm()}
        >
          <p className="muted">{t.statusIntro}</p>
          <div className="arrears-dialog">
            <ChoiceSelect
              name="newStatus"
              label={t.newStatus}
              choices={STATUSES}
              labels={t.statuses}
              value={dialog.status}
              onChange={(v) => setDialog({ ...dialog, status: v as ArrearsStatus })}
            />
            <label>
              {t.reason}
              <textarea
                name="statusReason"
                value={dialog.reason}
                maxLength={500}
                onChange={(ev) => setDialog({ ...dialog, reason: ev.target.value })}
              />
            </label>
          </div>
          {dialogError !== null && <ErrorAlert error={dialogError} />}
        </ConfirmDialog>
      )}
    </section>
  );
}

/** A labelled choice among codes shown by their labels; with `anyLabel`, an empty first option for "all". */
function ChoiceSelect(props: {
  name: string;
  label: string;
  choices: readonly string[];
  labels: Record<string, string>;
  anyLabel?: string;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <label>
      {props.label}
      <select name={props.name} value={props.value} onChange={(ev) => props.onChange(ev.target.value)}>
        {props.anyLabel !== undefined && <option value="">{props.anyLabel}</option>}
        {props.choices.map((code) => (
          <option key={code} value={code}>
            {props.labels[code]}
          </option>
        ))}
      </select>
    </label>
  );
}
