import { useQuery } from "@apollo/client/react";
import { useYear } from "../../app/use-year.ts";
import { formatInstant } from "../../format/date.ts";
import { useStrings } from "../../i18n/I18nProvider.tsx";
import { ErrorAlert } from "../../ui/ErrorAlert.tsx";
import { useSearchParam } from "../../url/url-state.ts";
import { AuditDetails } from "./AuditDetails.tsx";
import { LIMITS, DEFAULT_LIMIT, outcomeCodes, parseLimit, parseLogYear } from "./audit-shape.ts";
import { AuditLogPageDocument } from "./audit-queries.ts";
import { auditStrings } from "./audit-strings.ts";
import "./audit.css";

/** 审计日志 (ADMIN, COMMITTEE): the newest entries, filtered by year, as many as chosen. */
export default function AuditView() {
  const t = useStrings(auditStrings);
  const { years } = useYear();
  const [yearParam, setYearParam] = useSearchParam("logYear");
  const [limitParam, setLimitParam] = useSearchParam("limit");
  const year = parseLogYear(yearParam);
  const limit = parseLimit(limitParam);
  const { data, loading, error, refetch } = useQuery(AuditLogPageDocument, { variables: { year, limit } });
  const entries = data?.auditLog ?? [];

  return (
    <section className="page audit-page">
      <header className="page-head">
        <h1>{t.title}</h1>
        <div className="form-row audit-filters">
          <label className="field">
            <span>{t.year}</span>
            <select name="logYear" value={year ?? ""} onChange={(e) => setYearParam(e.target.value || null)} data-testid="audit-year">
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
            <select
              name="limit"
              value={limit}
              onChange={(e) => setLimitParam(Number(e.target.value) === DEFAULT_LIMIT ? null : e.target.value)}
              data-testid="audit-limit"
            >
              {LIMITS.map((n) => (
                <option key={n} value={n}>
                  {t.limitOption(n)}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="btn" onClick={() => refetch()} disabled={loading}>
            {t.refresh}
          </button>
        </div>
      </header>
      <p className="muted">{t.intro}</p>
      <ErrorAlert error={error} />
      <div className="card">
        {loading && !data ? (
          <div className="chart-skeleton" style={{ height: 240 }} />
        ) : entries.length === 0 ? (
          <p className="muted">{t.none}</p>
        ) : (
          <>
            <div className="table-wrap">
              <table className="audit-table" data-testid="audit-table">
                <thead>
                  <tr>
                    <th>{t.columns.at}</th>
                    <th>{t.columns.actor}</th>
                    <th>{t.columns.action}</th>
                    <th className="num">{t.columns.year}</th>
                    <th>{t.columns.reason}</th>
                    <th>{t.columns.outcome}</th>
                    <th>{t.columns.details}</th>
                  </tr>
                </thead>
                <tbody>
                  {entries.map((entry) => {
                    const outcome = outcomeCodes(entry.outcome);
                    return (
                      <tr key={entry.id} data-action={entry.action} data-outcome={entry.outcome}>
                        <td className="audit-table__at" title={entry.at}>
                          {formatInstant(entry.at)}
                        </td>
                        <td>{entry.actor}</td>
                        <td>
                          <code>{entry.action}</code>
                        </td>
                        <td className="num">{entry.year ?? <span className="muted">—</span>}</td>
                        <td>{entry.reason ?? <span className="muted">—</span>}</td>
                        <td>
                          {outcome.ok ? (
                            <span className="badge badge--excellent">{t.ok}</span>
                          ) : (
                            <span className="audit-codes">
                              {outcome.codes.map((code) => (
                                <span key={code} className="badge badge--fail">
                                  {code}
                                </span>
                              ))}
                            </span>
                          )}
                        </td>
                        <td className="audit-table__details">
                          <AuditDetails details={entry.details} />
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
            <p className="muted audit-count">{t.shown(entries.length)}</p>
          </>
        )}
      </div>
    </section>
  );
}
