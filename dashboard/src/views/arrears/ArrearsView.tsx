import { useState } from "react";
import { useUnitScope, useUnits } from "../../app/use-units.ts";
import { useYear } from "../../app/use-year.ts";
import { formatMonth } from "../../format/date.ts";
import { commonStrings } from "../../i18n/common-strings.ts";
import { useLang, useStrings } from "../../i18n/I18nProvider.tsx";
import { PagePlaceholder } from "../../ui/PagePlaceholder.tsx";
import { DataTable } from "../../ui/table/DataTable.tsx";
import { unitColumn } from "../../ui/table/shared-columns.tsx";
import type { Column } from "../../ui/table/table-types.ts";
import { UnitFilter } from "../../ui/UnitFilter.tsx";
import { arrearsStrings } from "./arrears-strings.ts";
import { useArrears } from "./arrears-queries.ts";
import "./arrears.css";

type Data = NonNullable<ReturnType<typeof useArrears>["data"]>;
type Household = Data["arrearsHouseholds"][number];
type Aging = Data["arrearsAging"][number];
type DunningMonth = Data["dunningByMonth"][number];

/**
 * 欠费户 — the year's arrears register (§9): aging buckets, dunning per month and the households
 * with their dunning log (a row opens it). Personal data is as the server sends it: masked for
 * every role but the unit's head, the clerk and administrators. The unit filter narrows on the page.
 */
export default function ArrearsView() {
  const t = useStrings(arrearsStrings);
  const common = useStrings(commonStrings);
  const { lang } = useLang();
  const { year, loading: yearLoading } = useYear();
  const { name } = useUnits();
  const { selected } = useUnitScope();
  const [onlyDunned, setOnlyDunned] = useState(true);
  const [open, setOpen] = useState<string | null>(null);
  const { data, loading, error } = useArrears(year);

  if (year === null) return <PagePlaceholder loading={yearLoading} emptyText={t.noData} />;

  const ofUnit = <R extends { unit: { code: string } }>(rows: readonly R[]) => rows.filter((r) => selected === null || r.unit.code === selected);
  const households = ofUnit(data?.arrearsHouseholds ?? []).filter((h) => !onlyDunned || h.dunningCount > 0);
  const aging = ofUnit(data?.arrearsAging ?? []);
  const dunning = ofUnit(data?.dunningByMonth ?? []);
  const masked = households.some((h) => h.masked);
  const filters = [{ label: common.year, value: String(year) }];

  const agingColumns: Column<Aging>[] = [
    unitColumn(t.unit, (r) => r.unit.code, name),
    { key: "bucket", header: t.bucket, kind: "text", value: (r) => t.buckets[r.bucket] ?? r.bucket },
    { key: "households", header: t.households, kind: "count", value: (r) => r.households, total: "sum" },
    { key: "owed", header: t.amountOwed, kind: "yuan", value: (r) => r.amountOwed, total: "sum" },
    { key: "outstanding", header: t.outstanding, kind: "yuan", value: (r) => r.outstanding, total: "sum" },
  ];
  const dunningColumns: Column<DunningMonth>[] = [
    unitColumn(t.unit, (r) => r.unit.code, name),
    { key: "month", header: t.month, kind: "text", value: (r) => formatMonth(r.month, lang), sortValue: (r) => r.month },
    { key: "actions", header: t.actions, kind: "count", value: (r) => r.actions, total: "sum", testId: "dunning-actions" },
    { key: "paid", header: t.broughtIn, kind: "yuan", value: (r) => r.amountPaid, total: "sum" },
  ];
  const householdColumns: Column<Household>[] = [
    unitColumn(t.unit, (r) => r.unit.code, name),
    { key: "reference", header: t.reference, kind: "text", value: (r) => r.reference },
    { key: "name", header: t.name, kind: "text", value: (r) => r.name, testId: "household-name" },
    { key: "contact", header: t.contact, kind: "text", value: (r) => r.contact, testId: "household-contact" },
    { key: "address", header: t.address, kind: "text", value: (r) => r.address },
    { key: "years", header: t.years, kind: "score", value: (r) => r.yearsInArrears },
    { key: "aging", header: t.bucket, kind: "text", value: (r) => t.buckets[r.aging] ?? r.aging },
    { key: "owed", header: t.amountOwed, kind: "yuan", value: (r) => r.amountOwed, total: "sum" },
    { key: "paid", header: t.amountPaid, kind: "yuan", value: (r) => r.amountPaid, total: "sum" },
    { key: "outstanding", header: t.outstanding, kind: "yuan", value: (r) => r.outstanding, total: "sum" },
    {
      key: "status",
      header: t.status,
      kind: "text",
      value: (r) => t.statuses[r.status] ?? r.status,
      title: (r) => r.statusReason ?? undefined,
    },
    { key: "dunning", header: t.dunningCount, kind: "count", value: (r) => r.dunningCount, total: "sum" },
  ];

  return (
    <section className="page arrears-page">
      <header className="page-head">
        <h1>{t.title(year)}</h1>
      </header>
      <div className="filter-bar">
        <UnitFilter label={t.unitFilter} />
      </div>
      <div className="arrears-summary">
        <DataTable
          title={t.agingTitle}
          columns={agingColumns}
          rows={aging}
          rowKey={(r) => `${r.unit.code}/${r.bucket}`}
          rowAttributes={(r) => ({ "data-unit": r.unit.code, "data-bucket": r.bucket })}
          totals={aging.length > 1 ? { label: t.totalRow } : null}
          filters={filters}
          loading={loading && !data}
          error={error}
          emptyText={t.noData}
          testId="arrears-aging"
        />
        <DataTable
          title={t.dunningTitle}
          columns={dunningColumns}
          rows={dunning}
          rowKey={(r) => `${r.unit.code}/${r.month}`}
          rowAttributes={(r) => ({ "data-unit": r.unit.code, "data-month": String(r.month) })}
          totals={dunning.length > 1 ? { label: t.totalRow } : null}
          filters={filters}
          loading={loading && !data}
          error={error}
          emptyText={t.noData}
          testId="dunning-by-month"
        />
      </div>
      <DataTable
        title={t.householdsTitle}
        note={masked ? <span data-testid="masked-note">{t.maskedNote}</span> : undefined}
        actions={
          <label className="arrears-only-dunned">
            <input type="checkbox" checked={onlyDunned} onChange={(e) => setOnlyDunned(e.target.checked)} data-testid="only-dunned" /> {t.onlyDunned}
          </label>
        }
        columns={householdColumns}
        rows={households}
        rowKey={(r) => r.id}
        rowAttributes={(r) => ({ "data-unit": r.unit.code, "data-reference": r.reference })}
        onSelect={(r) => setOpen(open === r.id ? null : r.id)}
        isSelected={(r) => r.id === open}
        expanded={(r) => (r.id === open ? <DunningLog household={r} /> : null)}
        totals={households.length > 1 ? { label: t.totalRow } : null}
        filters={filters}
        loading={loading && !data}
        error={error}
        emptyText={t.noData}
        testId="arrears-households"
      />
    </section>
  );
}

function DunningLog({ household }: { household: Household }) {
  const t = useStrings(arrearsStrings);
  if (household.dunning.length === 0) return <p className="muted">{t.logEmpty}</p>;
  return (
    <ul className="arrears-log" data-testid="dunning-log">
      {household.dunning.map((a) => (
        <li key={a.id}>
          <span className="arrears-log__date">{a.date}</span> {t.methods[a.method] ?? a.method} · {a.outcome}
          {a.amountPaid !== "0.00" ? ` · ${a.amountPaid}` : ""}
        </li>
      ))}
    </ul>
  );
}
