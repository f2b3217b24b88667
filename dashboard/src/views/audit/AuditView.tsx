import { useQuery } from "@apollo/client/react";
import { useYear } from "../../app/use-year.ts";
import { useStrings } from "../../i18n/I18nProvider.tsx";
import { DataTable } from "../../ui/table/DataTable.tsx";
import type { Column } from "../../ui/table/table-types.ts";
import { useSearchParam } from "../../url/url-state.ts";
import { AuditDetails } from "./AuditDetails.tsx";
import { actionLabel, DEFAULT_LIMIT, LIMITS, outcomeCodes, parseDay, parseLimit, parseLogYear } from "./audit-shape.ts";
import { AuditLogPageDocument } from "./audit-queries.ts";
import type { AuditLogPageQuery } from "../../gql/graphql.ts";
import { auditStrings } from "./audit-strings.ts";
import "./audit.css";

type AuditEntryRow = AuditLogPageQuery["auditLog"][number];

/** 审计日志 (ADMIN, COMMITTEE): the newest entries, filtered by year, as many as chosen. */
export default function AuditView() {
  const t = useStrings(auditStrings);
  const { years } = useYear();
  const [yearParam, setYearParam] = useSearchParam("logYear");
  const [limitParam, setLimitParam] = useSearchParam("limit");
  const [actorParam, setActorParam] = useSearchParam("actor");
  const [actionParam, setActionParam] = useSearchParam("action");
  const [fromParam, setFromParam] = useSearchParam("from");
  const [toParam, setToParam] = useSearchParam("to");
  const year = parseLogYear(yearParam);
  const limit = parseLimit(limitParam);
  const from = parseDay(fromParam);
  const to = parseDay(toParam);
  const { data, loading, error, refetch } = useQuery(AuditLogPageDocument, {
    variables: { year, limit, actor: actorParam || null, action: actionParam || null, from, to },
  });
  const entries = data?.auditLog ?? [];
  const columns: Column<AuditEntryRow>[] = [
    { key: "at", header: t.columns.at, kind: "instant", value: (e) => e.at, className: () => "audit-table__at", title: (e) => e.at },
    { key: "actor", header: t.columns.actor, kind: "text", value: (e) => e.actor },
    {
      key: "action",
      header: t.columns.action,
      kind: "text",
      value: (e) => actionLabel(e.action, t.actionNames),
      cell: (e) => <span title={e.action}>{actionLabel(e.action, t.actionNames)}</span>,
    },
    // A year, not a quantity: no thousands separator.
    {
      key: "year",
      header: t.columns.year,
      kind: "text",
      align: "right",
      value: (e) => (e.year === null || e.year === undefined ? null : String(e.year)),
    },
    { key: "reason", header: t.columns.reason, kind: "text", value: (e) => e.reason ?? null },
    {
      key: "outcome",
      header: t.columns.outcome,
      kind: "text",
      value: (e) => {
        const outcome = outcomeCodes(e.outcome);
        return outcome.ok ? t.ok : outcome.codes.join(", ");
      },
      cell: (e) => {
        const outcome = outcomeCodes(e.outcome);
        return outcome.ok ? (
          <span className="badge badge--excellent">{t.ok}</span>
        ) : (
          <span className="audit-codes">
            {outcome.codes.map((code) => (
              <span key={code} className="badge badge--fail">
                {code}
              </span>
            ))}
          </span>
        );
      },
    },
    {
      key: "details",
      header: t.columns.details,
      kind: "text",
      value: (e) => e.details,
      sortable: false,
      className: () => "audit-table__details",
      cell: (e) => <AuditDetails details={e.details} />,
    },
  ];

  return (
    <section className="page audit-page">
      <header className="page-head">
        <h1>{t.title}</h1>
        <div className="form-row audit-filters">
          <label className="field">
            <span>{t.year}</span>
            <select name="logYear" value={year ?? ""} onChange={(e) => setYearParam(e.target.value || null)}>
              <option value="">{t.allYears}</option>
              {years.map((y) => (
                <option key={y} value={y}>
                  {t.yearOption(y)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t.limit}</span>
            <select name="limit" value={limit} onChange={(e) => setLimitParam(Number(e.target.value) === DEFAULT_LIMIT ? null : e.target.value)}>
              {LIMITS.map((n) => (
                <option key={n} value={n}>
                  {t.limitOption(n)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t.actor}</span>
            <input
              name="actor"
              defaultValue={actorParam ?? ""}
              placeholder={t.actorPlaceholder}
              onBlur={(e) => setActorParam(e.target.value.trim() || null)}
              onKeyDown={(e) => {
                if (e.key === "Enter") setActorParam(e.currentTarget.value.trim() || null);
              }}
            />
          </label>
          <label className="field">
            <span>{t.action}</span>
            <select name="action" value={actionParam ?? ""} onChange={(e) => setActionParam(e.target.value || null)}>
              <option value="">{t.allActions}</option>
              {(data?.auditActions ?? []).map((action) => (
                <option key={action} value={action}>
                  {actionLabel(action, t.actionNames)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t.from}</span>
            <input type="date" name="from" value={from ?? ""} onChange={(e) => setFromParam(e.target.value || null)} />
          </label>
          <label className="field">
            <span>{t.to}</span>
            <input type="date" name="to" value={to ?? ""} onChange={(e) => setToParam(e.target.value || null)} />
          </label>
          <button type="button" className="btn" onClick={() => refetch()} disabled={loading}>
            {t.refresh}
          </button>
        </div>
      </header>
      <p className="muted">{t.intro}</p>
      <DataTable
        title={t.listTitle}
        columns={columns}
        rows={entries}
        rowKey={(entry) => entry.id}
        rowAttributes={(entry) => ({ "data-action": entry.action, "data-outcome": entry.outcome })}
        filters={[
          { label: t.year, value: year === null ? t.allYears : t.yearOption(year) },
          ...(actorParam ? [{ label: t.actor, value: actorParam }] : []),
          ...(actionParam ? [{ label: t.action, value: actionLabel(actionParam, t.actionNames) }] : []),
          ...(from ? [{ label: t.from, value: from }] : []),
          ...(to ? [{ label: t.to, value: to }] : []),
          { label: t.limit, value: t.limitOption(limit) },
        ]}
        loading={loading && !data}
        error={error}
        emptyText={t.none}
        className="audit-table"
        footer={<p className="muted audit-count">{t.shown(entries.length)}</p>}
      />
    </section>
  );
}
