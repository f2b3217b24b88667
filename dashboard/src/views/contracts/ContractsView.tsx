import { skipToken, useQuery } from "@apollo/client/react";
import { useState } from "react";
import { useUnits } from "../../app/use-units.ts";
import { useYear } from "../../app/use-year.ts";
import { can, useViewer } from "../../auth/index.ts";
import { formatWan } from "../../format/money.ts";
import { formatRate } from "../../format/number.ts";
import { useStrings } from "../../i18n/I18nProvider.tsx";
import { ErrorAlert } from "../../ui/ErrorAlert.tsx";
import { UnitChip } from "../../ui/UnitChip.tsx";
import { ContractEditForm } from "./ContractEditForm.tsx";
import { ContractsPage, ContractTotalsQuery } from "./contracts-queries.ts";
import { contractsStrings } from "./contracts-strings.ts";
import "./contracts.css";

/** 目标责任书: the plan's table with its 合计 row; the clerk or the committee edits a row at a time. */
export default function ContractsView() {
  const t = useStrings(contractsStrings);
  const viewer = useViewer();
  const { year } = useYear();
  const { units, name } = useUnits();
  const { data, loading, error } = useQuery(ContractsPage, year === null ? skipToken : { variables: { year } });
  const mayReadTotals = can(viewer, "readAllUnits");
  const totals = useQuery(ContractTotalsQuery, year === null || !mayReadTotals ? skipToken : { variables: { year } });
  const [editing, setEditing] = useState<string | "new" | null>(null);
  const [savedUnit, setSavedUnit] = useState<string | null>(null);
  const mayEdit = can(viewer, "editContracts");

  if (year === null) return <section className="page" />;
  const contracts = data?.contracts ?? [];
  const withoutContract = units.map((u) => u.code).filter((code) => !contracts.some((c) => c.unit.code === code));
  const sum = totals.data?.contractTotals;

  return (
    <section className="page contracts-page">
      <header className="page-head">
        <h1>{t.title(year)}</h1>
        {mayEdit && withoutContract.length > 0 && editing === null && (
          <button type="button" className="btn" onClick={() => setEditing("new")}>
            {t.add}
          </button>
        )}
      </header>
      <p className="muted">{t.intro}</p>
      <ErrorAlert error={error} />
      {savedUnit && (
        <div className="alert alert--ok" role="status">
          {t.saved(name(savedUnit))}
        </div>
      )}
      {editing !== null && (
        <ContractEditForm
          key={editing}
          year={year}
          unitCode={editing === "new" ? null : editing}
          contract={editing === "new" ? null : (contracts.find((c) => c.unit.code === editing) ?? null)}
          candidates={withoutContract}
          onDone={(saved) => {
            setEditing(null);
            setSavedUnit(saved);
          }}
        />
      )}
      <div className="card">
        {loading && !data ? (
          <div className="chart-skeleton" style={{ height: 240 }} />
        ) : contracts.length === 0 ? (
          <p className="muted">{t.none}</p>
        ) : (
          <div className="table-wrap">
            <table className="contracts-table" data-testid="contracts-table">
              <thead>
                <tr>
                  <th>{t.columns.unit}</th>
                  <th className="num">{t.columns.revenueTarget}</th>
                  <th className="num">{t.columns.staffCount}</th>
                  <th className="num">{t.columns.vehicleCount}</th>
                  <th className="num">{t.columns.baseExpense}</th>
                  <th className="num">{t.columns.repairBudget}</th>
                  <th className="num">{t.columns.revenueCommissionRate}</th>
                  <th className="num">{t.columns.overTargetRate}</th>
                  <th className="num">{t.columns.underTargetDeductionRate}</th>
                  <th className="num">{t.columns.repairSavingsRewardRate}</th>
                  <th className="num">{t.columns.repairBudgetFromMonth}</th>
                  {mayEdit && <th className="no-print" />}
                </tr>
              </thead>
              <tbody>
                {contracts.map((c) => (
                  <tr key={c.unit.code} data-unit={c.unit.code} className={editing === c.unit.code ? "is-selected" : undefined}>
                    <td>
                      <UnitChip code={c.unit.code} />
                    </td>
                    <td className="num">{formatWan(c.revenueTarget)}</td>
                    <td className="num">{c.staffCount}</td>
                    <td className="num">{c.vehicleCount}</td>
                    <td className="num">{formatWan(c.baseExpense)}</td>
                    <td className="num">{formatWan(c.repairBudget)}</td>
                    <td className="num">{formatRate(c.revenueCommissionRate)}</td>
                    <td className="num">{formatRate(c.overTargetRate)}</td>
                    <td className="num">{formatRate(c.underTargetDeductionRate)}</td>
                    <td className="num">{formatRate(c.repairSavingsRewardRate)}</td>
                    <td className="num">{t.fromMonth(c.repairBudgetFromMonth)}</td>
                    {mayEdit && (
                      <td className="no-print">
                        <button type="button" className="btn btn--small" onClick={() => setEditing(c.unit.code)} data-testid={`edit-${c.unit.code}`}>
                          {t.edit}
                        </button>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
              {sum && (
                <tfoot>
                  <tr data-testid="contracts-total">
                    <td>
                      {t.total} <span className="muted">({t.unitCount(sum.unitCount)})</span>
                    </td>
                    <td className="num">{formatWan(sum.revenueTarget)}</td>
                    <td className="num">{sum.staffCount}</td>
                    <td className="num">{sum.vehicleCount}</td>
                    <td className="num">{formatWan(sum.baseExpense)}</td>
                    <td className="num">{formatWan(sum.repairBudget)}</td>
                    <td colSpan={mayEdit ? 6 : 5} />
                  </tr>
                </tfoot>
              )}
            </table>
          </div>
        )}
      </div>
    </section>
  );
}
