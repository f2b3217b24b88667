import { useMutation } from "@apollo/client/react";
import { useState } from "react";
import { describeError } from "../../api/errors.ts";
import { useUnits } from "../../app/use-units.ts";
import { can, hasAnyRole, useViewer } from "../../auth/index.ts";
import { formatDate, formatInstant } from "../../format/date.ts";
import { useLang, useStrings } from "../../i18n/I18nProvider.tsx";
import type { ResultOf } from "@graphql-typed-document-node/core";
import { renderMarkdown } from "./markdown.ts";
import { AcknowledgeRuleMutation, type RuleVersionFields } from "./rules-queries.ts";

type RuleVersion = ResultOf<typeof RuleVersionFields>;
import { rulesStrings } from "./rules-strings.ts";

/** The recipients the viewer acknowledges for (the server's rule: deputy GM, department). */
function recipientsOf(viewer: ReturnType<typeof useViewer>): string[] {
  return [...(hasAnyRole(viewer, ["EXECUTIVE"]) ? ["EXECUTIVE"] : []), ...(hasAnyRole(viewer, ["CLERK", "ADMIN"]) ? ["DEPARTMENT"] : [])];
}

interface Props {
  unitCode: string;
  shown: RuleVersion;
  versions: readonly RuleVersion[];
  inForce: number;
  finalized: boolean;
  onShowVersion: (version: number) => void;
}

/** One version of a unit's rules: the rendered text, its files, who received it, and every version. */
export function RuleDetail({ unitCode, shown, versions, inForce, finalized, onShowVersion }: Props) {
  const t = useStrings(rulesStrings);
  const { lang } = useLang();
  const { name } = useUnits();
  const viewer = useViewer();
  const [failure, setFailure] = useState<unknown>(null);
  const [acknowledge, acknowledging] = useMutation(AcknowledgeRuleMutation, { refetchQueries: "active", awaitRefetchQueries: true });
  const pending = recipientsOf(viewer).filter((r) => !shown.acknowledgements.some((a) => a.recipient === r));

  async function runAcknowledge() {
    setFailure(null);
    try {
      await acknowledge({ variables: { id: shown.id } });
    } catch (error) {
      setFailure(error);
    }
  }

  return (
    <article className="card rule-detail" aria-label={shown.title}>
      <header className="rule-detail__head">
        <div>
          <h2>{shown.title}</h2>
          <p className="muted">
            {name(unitCode)} · {t.versionNo(shown.version)}
            {shown.version === inForce ? ` (${t.inForce})` : ""} · {t.columns.filedOn} {formatDate(shown.filedOn, lang)}
            {shown.filedBy ? ` · ${t.columns.filedBy} ${shown.filedBy}` : ""} · {shown.reference}
          </p>
        </div>
        {can(viewer, "acknowledgeRules") && !finalized && pending.length > 0 && (
          <button type="button" className="btn btn--primary" onClick={() => void runAcknowledge()} disabled={acknowledging.loading}>
            {t.acknowledge(pending.map((r) => t.recipients[r]).join("、"))}
          </button>
        )}
      </header>
      {failure ? (
        <div className="alert alert--error" role="alert">
          {describeError(failure)}
        </div>
      ) : null}
      <dl className="rule-detail__receipts">
        {["DEPARTMENT", "EXECUTIVE"].map((recipient) => {
          const ack = shown.acknowledgements.find((a) => a.recipient === recipient);
          return [
            <dt key={`${recipient}-t`}>{t.recipients[recipient]}</dt>,
            <dd key={`${recipient}-d`} className={ack ? "rule-ack rule-ack--done" : "rule-ack"}>
              {ack ? `${t.acknowledged}:${t.acknowledgedBy(ack.acknowledgedBy, formatInstant(ack.acknowledgedAt))}` : t.pending}
            </dd>,
          ];
        })}
      </dl>
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: markdown-it with raw HTML off and only http(s)/mailto links (markdown.ts) */}
      <div className="rule-text" dangerouslySetInnerHTML={{ __html: renderMarkdown(shown.text) }} />
      <h3>{t.attachmentsTitle}</h3>
      {shown.attachments.length === 0 ? (
        <p className="muted">{t.noAttachments}</p>
      ) : (
        <ul className="plain-list rule-attachments">
          {shown.attachments.map((a) => (
            <li key={a.id}>
              <a href={a.url} target="_blank" rel="noreferrer">
                {a.fileName}
              </a>{" "}
              <span className="muted">({t.kb(a.size)})</span>
            </li>
          ))}
        </ul>
      )}
      <h3>{t.versions}</h3>
      <ul className="plain-list rule-versions">
        {versions.map((v) => (
          <li key={v.id}>
            {v.version === shown.version ? (
              <strong>
                {t.versionNo(v.version)} · {v.title}
              </strong>
            ) : (
              <button type="button" className="btn--link" onClick={() => onShowVersion(v.version)}>
                {t.versionNo(v.version)} · {v.title}
              </button>
            )}{" "}
            <span className="muted">
              {formatDate(v.filedOn, lang)}
              {v.version === inForce ? ` · ${t.inForce}` : ""}
            </span>
          </li>
        ))}
      </ul>
    </article>
  );
}
