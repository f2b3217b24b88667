import { useMutation, useQuery } from "@apollo/client/react";
import { useState } from "react";
import { describeError } from "../../api/errors.ts";
import { unitLabel, useSelectedUnit } from "../../app/use-units.ts";
import { useYearFinalized } from "../../app/use-read-scope.ts";
import { useYear } from "../../app/use-year.ts";
import { can, useViewer } from "../../auth/index.ts";
import { defaultEntryDate, formatDate } from "../../format/date.ts";
import { useLang, useStrings } from "../../i18n/I18nProvider.tsx";
import { PagePlaceholder } from "../../ui/PagePlaceholder.tsx";
import { DataTable } from "../../ui/table/DataTable.tsx";
import type { Column } from "../../ui/table/table-types.ts";
import type { UnitsPageQuery } from "../../gql/graphql.ts";
import { RosterCard } from "./RosterCard.tsx";
import { UnitForm } from "./UnitForm.tsx";
import { RenameForm, RetireForm } from "./UnitNameForms.tsx";
import { UnitsPageQuery as PageQuery, UpsertUnitMutation } from "./units-queries.ts";
import { unitsStrings } from "./units-strings.ts";
import "./units.css";

type UnitRow = UnitsPageQuery["units"][number];
type Form = "add" | "edit" | "rename" | "retire" | null;

/**
 * 单位与定员: every unit (retired ones too) with its district, head and deputy head, names over
 * time, and the selected year's roster and vehicles. Administrators and the committee add, edit,
 * rename (from a day), retire and reinstate units and keep the rosters; everyone else reads.
 */
export default function UnitsView() {
  const t = useStrings(unitsStrings);
  const { lang } = useLang();
  const viewer = useViewer();
  const { year, loading: yearLoading } = useYear();
  const shownYear = year ?? new Date().getFullYear();
  const { data, loading, error } = useQuery(PageQuery, { variables: { year: shownYear } });
  const { unit: selectedCode, setUnit } = useSelectedUnit();
  const [form, setForm] = useState<Form>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const finalized = useYearFinalized(year);
  const [reinstate] = useMutation(UpsertUnitMutation, { refetchQueries: "active", awaitRefetchQueries: true });
  const keeps = can(viewer, "keepUnits");

  if (year === null && yearLoading) return <PagePlaceholder loading emptyText={t.none} />;
  const units = data?.units ?? [];
  const selected = units.find((u) => u.code === selectedCode) ?? null;
  const label = (u: UnitRow) => unitLabel({ name: u.name, nameEn: u.nameEn }, lang);
  const status = (u: UnitRow) => (u.retiredFrom ? (u.retired ? t.retiredFrom(u.retiredFrom) : t.retiresFrom(u.retiredFrom)) : t.active);
  const done = (text: string | null) => {
    setForm(null);
    if (text) setMessage(text);
  };

  const columns: Column<UnitRow>[] = [
    { key: "code", header: t.columns.code, kind: "text", value: (u) => u.code },
    { key: "name", header: t.columns.name, kind: "text", value: (u) => u.name },
    { key: "nameEn", header: t.columns.nameEn, kind: "text", value: (u) => u.nameEn ?? null },
    { key: "kind", header: t.columns.kind, kind: "text", value: (u) => t.kinds[u.kind] ?? u.kind },
    { key: "region", header: t.columns.region, kind: "text", value: (u) => u.region ?? null, className: () => "units-table__region" },
    { key: "head", header: t.columns.head, kind: "text", value: (u) => u.headName ?? null },
    { key: "deputy", header: t.columns.deputy, kind: "text", value: (u) => u.deputyHeadName ?? null },
    {
      key: "status",
      header: t.columns.status,
      kind: "text",
      value: status,
      cell: (u) => <span className={u.retired ? "badge badge--warn" : "badge badge--open"}>{status(u)}</span>,
    },
  ];

  async function runReinstate(u: UnitRow) {
    setFailure(null);
    try {
      await reinstate({ variables: { input: { code: u.code, name: u.name, kind: u.kind, retired: false } } });
      setMessage(t.saved(u.name));
    } catch (e) {
      setFailure(e);
    }
  }

  const defaultFrom = defaultEntryDate(year);
  return (
    <section className="page units-page">
      <header className="page-head">
        <h1>{t.title}</h1>
      </header>
      <p className="muted">{t.intro(shownYear)}</p>
      {!keeps && <p className="muted">{t.readOnly}</p>}
      {message && (
        <div className="alert alert--ok" role="status">
          {message}
        </div>
      )}
      {failure ? (
        <div className="alert alert--error" role="alert">
          {describeError(failure)}
        </div>
      ) : null}
      {form === "add" && <UnitForm unit={null} onDone={(name) => done(name && t.saved(name))} />}
      <DataTable
        title={t.tableTitle}
        columns={columns}
        rows={units}
        rowKey={(u) => u.code}
        rowAttributes={(u) => ({ "data-unit": u.code })}
        onSelect={(u) => {
          setForm(null);
          setMessage(null);
          setUnit(u.code === selectedCode ? null : u.code);
        }}
        isSelected={(u) => u.code === selectedCode}
        loading={loading && !data}
        error={error}
        emptyText={t.none}
        className="units-table"
        actions={
          keeps &&
          form === null && (
            <button
              type="button"
              className="btn btn--small"
              onClick={() => {
                setMessage(null);
                setForm("add");
              }}
            >
              {t.add}
            </button>
          )
        }
      />
      {selected && (
        <section className="card unit-panel" aria-label={label(selected)}>
          <header className="unit-panel__head">
            <h2>{label(selected)}</h2>
            <span className={selected.retired ? "badge badge--warn" : "badge badge--open"}>{status(selected)}</span>
            {keeps && form === null && (
              <div className="page-actions">
                <button type="button" className="btn btn--small" onClick={() => setForm("edit")}>
                  {t.edit}
                </button>
                <button type="button" className="btn btn--small" onClick={() => setForm("rename")}>
                  {t.rename}
                </button>
                {selected.retiredFrom ? (
                  <button type="button" className="btn btn--small" onClick={() => void runReinstate(selected)}>
                    {t.reinstate}
                  </button>
                ) : (
                  <button type="button" className="btn btn--small btn--danger" onClick={() => setForm("retire")}>
                    {t.retire}
                  </button>
                )}
              </div>
            )}
          </header>
          {form === "edit" && <UnitForm key={selected.code} unit={selected} onDone={(name) => done(name && t.saved(name))} />}
          {form === "rename" && <RenameForm code={selected.code} name={selected.name} defaultFrom={`${shownYear}-01-01`} onDone={done} />}
          {form === "retire" && <RetireForm code={selected.code} name={selected.name} defaultFrom={defaultFrom} onDone={done} />}
          <dl className="unit-panel__facts">
            <dt>{t.columns.region}</dt>
            <dd>{selected.region ?? "—"}</dd>
            <dt>{t.columns.head}</dt>
            <dd>{selected.headName ?? "—"}</dd>
            <dt>{t.columns.deputy}</dt>
            <dd>{selected.deputyHeadName ?? "—"}</dd>
            <dt>{t.namesTitle}</dt>
            <dd>
              <ul className="plain-list" aria-label={t.namesTitle}>
                {selected.names.map((n) => (
                  <li key={n.validFrom}>
                    <span className="muted">
                      {n.validFrom === "2000-01-01" ? t.nameFrom(n.validFrom) : t.nameFrom(formatDate(n.validFrom, lang))}
                    </span>{" "}
                    {n.name}
                    {n.nameEn ? ` · ${n.nameEn}` : ""}
                  </li>
                ))}
              </ul>
            </dd>
          </dl>
          {finalized && keeps && <p className="muted">{t.finalized}</p>}
          <RosterCard code={selected.code} year={shownYear} mayEdit={keeps && finalized === false} />
        </section>
      )}
    </section>
  );
}
