import { skipToken, useQuery } from "@apollo/client/react";
import { useSelectedUnit, useUnits } from "../../app/use-units.ts";
import { useYear } from "../../app/use-year.ts";
import { formatDate } from "../../format/date.ts";
import { formatYuan } from "../../format/money.ts";
import type { PayPayrollQuery } from "../../gql/graphql.ts";
import { commonStrings } from "../../i18n/common-strings.ts";
import { DataTable } from "../../ui/table/DataTable.tsx";
import { unitColumn } from "../../ui/table/shared-columns.tsx";
import type { Column } from "../../ui/table/table-types.ts";
import { useLang, useStrings } from "../../i18n/I18nProvider.tsx";
import { useSearchParam } from "../../url/url-state.ts";
import { PayrollQuery } from "./pay-queries.ts";
import { payStrings } from "./pay-strings.ts";
import "./pay.css";

const MONEY_COLUMNS = ["revenueTarget", "revenueActual", "repairBudget", "repairCost"] as const;
const PAY_COLUMNS = ["commission", "overTargetBonus", "underTargetDeduction", "repairSavingsReward", "repairOverspendCharge", "net"] as const;

type PayLine = PayPayrollQuery["payroll"][number];

/** A unit's lines to the fen, opened under its row. */
function PayDetail({ line }: { line: PayLine }) {
  const t = useStrings(payStrings);
  const { name } = useUnits();
  return (
    <div className="pay-detail">
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
            <dd className="num">{formatYuan(line.pay[c])}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

/** 效益工资: pay lines per unit for the year or year to date up to a quarter's end (`quarter=1..4`). */
export default function PayView() {
  const t = useStrings(payStrings);
  const common = useStrings(commonStrings);
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
  const columns: Column<PayLine>[] = [
    unitColumn(t.columns.unit, (line) => line.unit.code, name),
    ...MONEY_COLUMNS.map(
      (c): Column<PayLine> => ({
        key: c,
        header: t.columns[c],
        kind: "wan",
        value: (line) => line[c],
        total: "sum",
        title: (line) => formatYuan(line[c]),
      }),
    ),
    ...PAY_COLUMNS.map(
      (c): Column<PayLine> => ({
        key: c,
        header: t.columns[c],
        kind: "wan",
        value: (line) => line.pay[c],
        total: "sum",
        title: (line) => formatYuan(line.pay[c]),
        className: () => (c === "net" ? "pay-net" : undefined),
      }),
    ),
  ];
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
      <DataTable
        title={t.tableTitle}
        note={t.tableNote}
        columns={columns}
        rows={lines}
        rowKey={(line) => line.unit.code}
        rowAttributes={(line) => ({ "data-unit": line.unit.code })}
        onSelect={(line) => setUnit(line.unit.code === unit ? null : line.unit.code)}
        isSelected={(line) => line.unit.code === unit}
        expanded={(line) => (line.unit.code === unit ? <PayDetail line={line} /> : null)}
        totals={{ label: t.total }}
        filters={[
          { label: common.year, value: String(year) },
          { label: common.period, value: quarter ? t.quarter(quarter) : t.wholeYear },
        ]}
        loading={loading && !data}
        error={error}
        emptyText={t.none}
        className="pay-table"
      />
    </section>
  );
}
