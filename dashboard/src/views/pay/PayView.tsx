import { skipToken, useQuery } from "@apollo/client/react";
import { Fragment } from "react";
import { useSelectedUnit, useUnits } from "../../app/use-units.ts";
import { useYear } from "../../app/use-year.ts";
import { formatDate } from "../../format/date.ts";
import { formatWan, formatYuan, sumMoney } from "../../format/money.ts";
import { useLang, useStrings } from "../../i18n/I18nProvider.tsx";
import { ErrorAlert } from "../../ui/ErrorAlert.tsx";
import { UnitChip } from "../../ui/UnitChip.tsx";
import { useSearchParam } from "../../url/url-state.ts";
import { PayrollQuery } from "./pay-queries.ts";
import { payStrings } from "./pay-strings.ts";
import "./pay.css";

const MONEY_COLUMNS = ["revenueTarget", "revenueActual", "repairBudget", "repairCost"] as const;
const PAY_COLUMNS = ["commission", "overTargetBonus", "underTargetDeduction", "repairSavingsReward", "repairOverspendCharge", "net"] as const;

/** 效益工资: pay lines per unit for the year or year to date up to a quarter's end (`quarter=1..4`). */
export default function PayView() {
  const t = useStrings(payStrings);
  const { lang } = useLang();
  const { year } = useYear();
  const { name } = useUnits();
  const { unit, setUnit } = useSelectedUnit();
  const [quarterParam, setQuarter] = useSearchParam("quarter");
  const quarter = quarterParam && /^[1-4]$/.test(quarterParam) ? Number(quarterParam) : null;
  const { data, loading, error } = useQuery(PayrollQuery, year === null ? skipToken : { variables: { year, quarter } });

  if (year === null) return <section className="page" />;
  const lines = data?.payroll ?? [];
  const first = lines[0];
  return (
    <section className="page pay-page">
      <header className="page-head">
        <h1>{t.title(year)}</h1>
        <div className="segmented segmented--light" role="group" aria-label={t.period}>
          {[null, 1, 2, 3, 4].map((q) => (
            <button
              key={q ?? "year"}
              type="button"
              className={q === quarter ? "segmented__item is-active" : "segmented__item"}
              aria-pressed={q === quarter}
              onClick={() => setQuarter(q)}
            >
              {q === null ? t.wholeYear : t.quarterShort(q)}
            </button>
          ))}
        </div>
      </header>
      <p className="muted">
        {t.intro}
        {first && (
          <>
            {" "}
            {quarter ? t.quarter(quarter) : t.wholeYear}: {t.periodRange(formatDate(first.periodStart, lang), formatDate(first.periodEnd, lang))}
          </>
        )}
      </p>
      <ErrorAlert error={error} />
      <div className="card">
        {loading && !data ? (
          <div className="chart-skeleton" style={{ height: 240 }} />
        ) : lines.length === 0 ? (
          <p className="muted">{t.none}</p>
        ) : (
          <div className="table-wrap">
            <table className="pay-table" data-testid="pay-table">
              <thead>
                <tr>
                  <th>{t.columns.unit}</th>
                  {[...MONEY_COLUMNS, ...PAY_COLUMNS].map((c) => (
                    <th key={c} className="num">
                      {t.columns[c]}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {lines.map((line) => {
                  const open = line.unit.code === unit;
                  return (
                    <Fragment key={line.unit.code}>
                      <tr
                        className={open ? "clickable is-selected" : "clickable"}
                        data-unit={line.unit.code}
                        onClick={() => setUnit(open ? null : line.unit.code)}
                      >
                        <td>
                          <UnitChip code={line.unit.code} />
                        </td>
                        {MONEY_COLUMNS.map((c) => (
                          <td key={c} className="num" title={`${formatYuan(line[c])}`}>
                            {formatWan(line[c])}
                          </td>
                        ))}
                        {PAY_COLUMNS.map((c) => (
                          <td key={c} className={c === "net" ? "num pay-net" : "num"} title={`${formatYuan(line.pay[c])}`}>
                            {formatWan(line.pay[c])}
                          </td>
                        ))}
                      </tr>
                      {open && (
                        <tr className="pay-detail">
                          <td colSpan={1 + MONEY_COLUMNS.length + PAY_COLUMNS.length}>
                            <strong>{t.detail(name(line.unit.code))}</strong>
                            <dl className="pay-detail__list">
                              {MONEY_COLUMNS.map((c) => (
                                <div key={c}>
                                  <dt>{t.columns[c]}</dt>
                                  <dd className="num">{formatYuan(line[c])}</dd>
                                </div>
                              ))}
                              {PAY_COLUMNS.map((c) => (
                                <div key={c}>
                                  <dt>{t.columns[c]}</dt>
                                  <dd className="num" data-testid={`pay-detail-${c}`}>
                                    {formatYuan(line.pay[c])}
                                  </dd>
                                </div>
                              ))}
                            </dl>
                          </td>
                        </tr>
                      )}
                    </Fragment>
                  );
                })}
              </tbody>
              <tfoot>
                <tr>
                  <td>{t.total}</td>
                  {MONEY_COLUMNS.map((c) => (
                    <td key={c} className="num">
                      {formatWan(sumMoney(lines.map((l) => l[c])))}
                    </td>
                  ))}
                  {PAY_COLUMNS.map((c) => (
                    <td key={c} className="num">
                      {formatWan(sumMoney(lines.map((l) => l.pay[c])))}
                    </td>
                  ))}
                </tr>
              </tfoot>
            </table>
          </div>
        )}
      </div>
    </section>
  );
}
