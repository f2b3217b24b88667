import { useId } from "react";
import { Link } from "../../app/Link.tsx";
import { formatDate } from "../../format/date.ts";
import { useLang, useStrings } from "../../i18n/I18nProvider.tsx";
import type { AssessmentRulesQuery } from "../../gql/graphql.ts";
import { assessmentStrings } from "./assessment-strings.ts";

export type UnitRulesInForce = AssessmentRulesQuery["implementationRules"][number];

/** The unit's 实施细则 in force — the committee's reference — with a link to each version. */
export function UnitRules({ year, unitCode, rules }: { year: number; unitCode: string; rules: UnitRulesInForce | null }) {
  const t = useStrings(assessmentStrings);
  const { lang } = useLang();
  const headingId = useId();
  const href = (version: number) => `/rules?year=${year}&unit=${encodeURIComponent(unitCode)}&version=${version}&lang=${lang}`;
  return (
    <section className="unit-rules" aria-labelledby={headingId}>
      <h3 id={headingId}>{t.rulesTitle}</h3>
      {rules ? (
        <>
          <p>
            <Link href={href(rules.version)}>《{rules.title}》</Link> {t.rulesVersion(rules.version, formatDate(rules.filedOn, lang))} ·{" "}
            {t.rulesReceipts(rules.acknowledgements.map((a) => t.rulesRecipients[a.recipient]).join("、"))}
          </p>
          {rules.versions.length > 1 && (
            <p className="muted">
              {t.rulesVersions}:{" "}
              {rules.versions.map((v, i) => (
                <span key={v.id}>
                  {i > 0 && " · "}
                  <Link href={href(v.version)}>{t.rulesVersion(v.version, formatDate(v.filedOn, lang))}</Link>
                </span>
              ))}
            </p>
          )}
        </>
      ) : (
        <p className="muted">{t.rulesNone}</p>
      )}
    </section>
  );
}
