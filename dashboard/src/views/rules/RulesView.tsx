import { skipToken, useQuery } from "@apollo/client/react";
import { useState } from "react";
import { useYearFinalized } from "../../app/use-read-scope.ts";
import { useSelectedUnit, useUnits } from "../../app/use-units.ts";
import { useYear } from "../../app/use-year.ts";
import { can, hasAnyRole, useViewer } from "../../auth/index.ts";
import { formatDate } from "../../format/date.ts";
import { commonStrings } from "../../i18n/common-strings.ts";
import { useLang, useStrings } from "../../i18n/I18nProvider.tsx";
import { useSearchParam } from "../../url/url-state.ts";
import { PagePlaceholder } from "../../ui/PagePlaceholder.tsx";
import { DataTable } from "../../ui/table/DataTable.tsx";
import { unitColumn } from "../../ui/table/shared-columns.tsx";
import type { Column } from "../../ui/table/table-types.ts";
import type { RulesPageQuery as RulesPageData } from "../../gql/graphql.ts";
import { RuleDetail } from "./RuleDetail.tsx";
import { RuleFileForm } from "./RuleFileForm.tsx";
import { RulesPageQuery } from "./rules-queries.ts";
import { rulesStrings } from "./rules-strings.ts";
import "./rules.css";

type Rule = RulesPageData["implementationRules"][number];

/**
 * 实施细则: each unit's rules in force for the year with their receipts; a unit's rules rendered
 * with their files and every version (`?unit=north&version=1`). Station heads file their own
 * unit's, the clerk and administrators any unit's; the deputy GM and the department acknowledge.
 */
export default function RulesView() {
  const t = useStrings(rulesStrings);
  const common = useStrings(commonStrings);
  const { lang } = useLang();
  const viewer = useViewer();
  const { year, loading: yearLoading } = useYear();
  const { units, name } = useUnits();
  const { unit: selectedCode, setUnit } = useSelectedUnit();
  const [versionParam, setVersion] = useSearchParam("version");
  const { data, loading, error } = useQuery(RulesPageQuery, year === null ? skipToken : { variables: { year } });
  const finalized = useYearFinalized(year);
  const [filing, setFiling] = useState(false);
  const [filed, setFiled] = useState<number | null>(null);

  if (year === null) return <PagePlaceholder loading={yearLoading} emptyText={t.none} />;
  const rules = data?.implementationRules ?? [];
  const ownUnit = hasAnyRole(viewer, ["STATION_HEAD"]) ? viewer?.unitCode : null;
  const fileFor = ownUnit ? [ownUnit] : units.map((u) => u.code);
  const mayFile = can(viewer, "fileRules") && finalized === false && fileFor.length > 0;
  const selected = rules.find((r) => r.unit.code === selectedCode) ?? null;
  const shown = selected ? (selected.versions.find((v) => String(v.version) === versionParam) ?? selected) : null;
  const unfiled = units.filter((u) => !rules.some((r) => r.unit.code === u.code) && (!ownUnit || u.code === ownUnit));
  const receipt = (rule: Rule, recipient: string) => {
    const ack = rule.acknowledgements.find((a) => a.recipient === recipient);
    return ack ? `${ack.acknowledgedBy} ${formatDate(ack.acknowledgedAt.slice(0, 10), lang)}` : null;
  };

  const columns: Column<Rule>[] = [
    unitColumn(t.columns.unit, (r) => r.unit.code, name),
    { key: "title", header: t.columns.title, kind: "text", value: (r) => r.title },
    { key: "version", header: t.columns.version, kind: "count", value: (r) => r.version },
    { key: "filedOn", header: t.columns.filedOn, kind: "date", value: (r) => r.filedOn },
    { key: "filedBy", header: t.columns.filedBy, kind: "text", value: (r) => r.filedBy ?? null },
    { key: "attachments", header: t.columns.attachments, kind: "count", value: (r) => r.attachments.length },
    ...(["DEPARTMENT", "EXECUTIVE"] as const).map(
      (recipient): Column<Rule> => ({
        key: recipient,
        header: recipient === "DEPARTMENT" ? t.columns.department : t.columns.executive,
        kind: "text",
        value: (r) => receipt(r, recipient) ?? t.pending,
        cell: (r) => <span className={receipt(r, recipient) ? "rule-ack rule-ack--done" : "rule-ack"}>{receipt(r, recipient) ?? t.pending}</span>,
      }),
    ),
  ];

  return (
    <section className="page rules-page">
      <header className="page-head">
        <h1>{t.title(year)}</h1>
        <div className="page-actions no-print">
          {mayFile && !filing && (
            <button
              type="button"
              className="btn btn--primary"
              onClick={() => {
                setFiled(null);
                setFiling(true);
              }}
            >
              {selected ? t.fileNew : t.file}
            </button>
          )}
        </div>
      </header>
      <p className="muted">{t.intro}</p>
      {finalized && <p className="alert alert--warn">{t.finalized}</p>}
      {filed !== null && (
        <div className="alert alert--ok" role="status">
          {t.filed(filed)}
        </div>
      )}
      {filing && (
        <RuleFileForm
          key={selected?.id ?? "new"}
          year={year}
          unitCodes={fileFor}
          initialUnit={selected && fileFor.includes(selected.unit.code) ? selected.unit.code : (unfiled[0]?.code ?? fileFor[0])}
          previous={selected && fileFor.includes(selected.unit.code) ? selected : null}
          onDone={(result) => {
            setFiling(false);
            if (result) {
              setFiled(result.version);
              setVersion(null);
              setUnit(result.unitCode);
            }
          }}
        />
      )}
      <DataTable
        title={t.tableTitle}
        columns={columns}
        rows={rules}
        rowKey={(r) => r.unit.code}
        rowAttributes={(r) => ({ "data-unit": r.unit.code })}
        onSelect={(r) => {
          setVersion(null);
          setUnit(r.unit.code === selectedCode ? null : r.unit.code);
        }}
        isSelected={(r) => r.unit.code === selectedCode}
        filters={[{ label: common.year, value: String(year) }]}
        footer={unfiled.length > 0 && data ? <p className="muted">{t.missingUnits(unfiled.map((u) => name(u.code)).join("、"))}</p> : null}
        loading={loading && !data}
        error={error}
        emptyText={t.none}
      />
      {selected && shown && (
        <RuleDetail
          unitCode={selected.unit.code}
          shown={shown}
          versions={selected.versions}
          inForce={selected.version}
          finalized={finalized !== false}
          onShowVersion={(version) => setVersion(version === selected.version ? null : version)}
        />
      )}
    </section>
  );
}
