import { skipToken, useQuery } from "@apollo/client/react";
import { useState } from "react";
import { useReadScope, useYearFinalized } from "../../app/use-read-scope.ts";
import { useUnits } from "../../app/use-units.ts";
import { useYear } from "../../app/use-year.ts";
import { can, useViewer } from "../../auth/index.ts";
import { formatRate } from "../../format/number.ts";
import { commonStrings } from "../../i18n/common-strings.ts";
import { useStrings } from "../../i18n/I18nProvider.tsx";
import { DataTable } from "../../ui/table/DataTable.tsx";
import { unitColumn } from "../../ui/table/shared-columns.tsx";
import type { Column } from "../../ui/table/table-types.ts";
import { ContractEditForm } from "./ContractEditForm.tsx";
import { TariffCard } from "./TariffCard.tsx";
import { ContractsPage } from "./contracts-queries.ts";
import { contractsStrings } from "./contracts-strings.ts";
import "./contracts.css";

type ContractRow = NonNullable<ReturnType<typeof useContracts>["data"]>["contracts"][number];

function useContracts(year: number | null) {
  return useQuery(ContractsPage, year === null ? skipToken : { variables: { year } });
}

type RateKey = "revenueCommissionRate" | "overTargetRate" | "underTargetDeductionRate" | "repairSavingsRewardRate";

/**
 * 目标责任书: the plan's table with its 合计 row; the clerk or the committee edits a row at a time
 * while the year is open. A finalised year is frozen (the server refuses every change), so no
 * edit button is offered then.
 */
export default function ContractsView() {
  const t = useStrings(contractsStrings);
  const common = useStrings(commonStrings);
  const viewer = useViewer();
  const { year } = useYear();
  const { units, name } = useUnits();
  const { data, loading, error } = useContracts(year);
  const finalized = useYearFinalized(year);
  // 合计 only where the rows are every unit's: a station head's open year holds their own row only.
  const scope = useReadScope(year);
  const [editing, setEditing] = useState<string | "new" | null>(null);
  const [savedUnit, setSavedUnit] = useState<string | null>(null);
  // Until the year's status is known nothing is offered: a button the server would refuse is worse than none.
  const mayEdit = can(viewer, "editContracts") && finalized === false;

  if (year === null) return <section className="page" />;
  const contracts = data?.contracts ?? [];
  const withoutContract = units.map((u) => u.code).filter((code) => !contracts.some((c) => c.unit.code === code));

  const rate = (key: RateKey): Column<ContractRow> => ({
    key,
    header: t.columns[key],
    kind: "percent",
    value: (c) => c[key],
    cell: (c) => formatRate(c[key]),
  });
  // The contract's people and vehicles against the roster (定岗定员): a difference is a warning, not an error.
  const rosterCount = (
    key: "staffCount" | "vehicleCount",
    roster: "staffOnRoster" | "vehiclesOnRoster",
    kind: "staff" | "vehicles",
  ): Column<ContractRow> => ({
    key,
    header: t.columns[key],
    kind: "count",
    value: (c) => c[key],
    total: "sum",
    cell: (c) =>
      c[key] === c[roster] ? (
        c[key]
      ) : (
        <span className="roster-differs" title={t.rosterDiffers(kind, c[roster])}>
          {c[key]} <span aria-hidden="true">⚠</span>
        </span>
      ),
  });
  const differing = contracts.filter((c) => c.staffCount !== c.staffOnRoster || c.vehicleCount !== c.vehiclesOnRoster);
  const columns: Column<ContractRow>[] = [
    unitColumn(t.columns.unit, (c) => c.unit.code, name),
    { key: "revenueTarget", header: t.columns.revenueTarget, kind: "wan", value: (c) => c.revenueTarget, total: "sum" },
    rosterCount("staffCount", "staffOnRoster", "staff"),
    rosterCount("vehicleCount", "vehiclesOnRoster", "vehicles"),
    { key: "baseExpense", header: t.columns.baseExpense, kind: "wan", value: (c) => c.baseExpense, total: "sum" },
    { key: "repairBudget", header: t.columns.repairBudget, kind: "wan", value: (c) => c.repairBudget, total: "sum" },
    rate("revenueCommissionRate"),
    rate("overTargetRate"),
    rate("underTargetDeductionRate"),
    // The plan's printed table ends with 欠收例扣; the last two terms are on screen only.
    { ...rate("repairSavingsRewardRate"), exportable: false },
    {
      key: "repairBudgetFromMonth",
      header: t.columns.repairBudgetFromMonth,
      kind: "count",
      value: (c) => c.repairBudgetFromMonth,
      cell: (c) => t.fromMonth(c.repairBudgetFromMonth),
      exportable: false,
    },
    ...(mayEdit
      ? [
          {
            key: "edit",
            header: "",
            kind: "text",
            value: () => null,
            exportable: false,
            sortable: false,
            noPrint: true,
            cell: (c) => (
              <button type="button" className="btn btn--small" onClick={() => setEditing(c.unit.code)}>
                {t.edit}
              </button>
            ),
          } satisfies Column<ContractRow>,
        ]
      : []),
  ];

  return (
    <section className="page contracts-page">
      <header className="page-head">
        <h1>{t.title(year)}</h1>
      </header>
      <p className="muted">{t.intro}</p>
      {finalized && can(viewer, "editContracts") && (
        <p className="alert alert--warn" role="note">
          {t.finalizedNote}
        </p>
      )}
      {differing.length > 0 && (
        <p className="alert alert--warn" role="note">
          {t.rosterWarning(differing.map((c) => name(c.unit.code)).join("、"))}
        </p>
      )}
      {savedUnit && (
        <div className="alert alert--ok" role="status">
          {t.saved(name(savedUnit))}
        </div>
      )}
      {editing !== null && mayEdit && (
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
      <DataTable
        title={t.tableTitle}
        columns={columns}
        rows={contracts}
        rowKey={(c) => c.unit.code}
        rowAttributes={(c) => ({ "data-unit": c.unit.code })}
        isSelected={(c) => c.unit.code === editing}
        totals={
          scope.limited
            ? null
            : {
                label: t.total,
                screenLabel: (
                  <>
                    {t.total} <span className="muted">({t.unitCount(contracts.length)})</span>
                  </>
                ),
              }
        }
        filters={[{ label: common.year, value: String(year) }]}
        actions={
          mayEdit &&
          withoutContract.length > 0 &&
          editing === null && (
            <button type="button" className="btn btn--small" onClick={() => setEditing("new")}>
              {t.add}
            </button>
          )
        }
        loading={loading && !data}
        error={error}
        emptyText={t.none}
        className="contracts-table"
      />
      <TariffCard year={year} finalized={finalized} />
    </section>
  );
}
