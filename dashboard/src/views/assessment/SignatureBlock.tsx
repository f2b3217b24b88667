import { useQuery } from "@apollo/client/react";
import { can, useViewer } from "../../auth/index.ts";
import { useStrings } from "../../i18n/I18nProvider.tsx";
import { assessmentStrings } from "./assessment-strings.ts";
import { CommitteeMembersQuery } from "./assessment-queries.ts";

/** Blank lines when the members cannot be listed (a station head's print) or none has scored yet. */
const BLANK_LINES = 5;

/**
 * The printed report's last part: the committee's signatures. One line per committee member who
 * has entered scores (named, so nobody signs on another's line), or blank lines for names to be
 * written in; each with a date. Print only.
 */
export function SignatureBlock() {
  const t = useStrings(assessmentStrings);
  const viewer = useViewer();
  const members = useQuery(CommitteeMembersQuery, { skip: !can(viewer, "readAllUnits") });
  const names = (members.data?.committeeMembers ?? []).map((m) => m.name);
  const lines: (string | null)[] = names.length > 0 ? names : Array.from({ length: BLANK_LINES }, () => null);
  return (
    <section className="print-only signature-block" aria-label={t.signatureTitle}>
      <h2>{t.signatureTitle}</h2>
      <p>{t.signatureText}</p>
      <div className="signature-block__lines">
        {lines.map((name, i) => (
          <div key={name ?? i} className="signature-line">
            <span className="signature-line__label">{t.memberLabel}</span>
            <span className="signature-line__name">{name ?? ""}</span>
            <span className="signature-line__label">{t.signLabel}</span>
            <span className="signature-line__blank" />
            <span className="signature-line__label">{t.dateLabel}</span>
            <span className="signature-line__date">{t.dateBlank}</span>
          </div>
        ))}
      </div>
    </section>
  );
}
