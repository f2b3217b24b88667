import { skipToken, useQuery } from "@apollo/client/react";
import { useMemo, useState } from "react";
import { useYearFinalized } from "../../app/use-read-scope.ts";
import { useYear } from "../../app/use-year.ts";
import { can, hasAnyRole, useViewer } from "../../auth/index.ts";
import { useStrings } from "../../i18n/I18nProvider.tsx";
import { PagePlaceholder } from "../../ui/PagePlaceholder.tsx";
import { CommitteeMembership } from "./CommitteeMembership.tsx";
import { ProgressMatrix } from "./ProgressMatrix.tsx";
import { ScoringSheet } from "./ScoringSheet.tsx";
import { OwnScoresQuery, ScoringPageQuery } from "./scoring-queries.ts";
import { scoringStrings } from "./scoring-strings.ts";
import "./scoring.css";

/**
 * 考核小组评分: a member's scoring sheet for the year (an administrator picks whose paper sheet
 * to enter), the committee's progress — who has scored what, against minRaters — and the year's
 * membership.
 */
export default function ScoringView() {
  const t = useStrings(scoringStrings);
  const viewer = useViewer();
  const { year, loading: yearLoading } = useYear();
  const page = useQuery(ScoringPageQuery, year === null ? skipToken : { variables: { year } });
  const scores = useQuery(OwnScoresQuery, year === null ? skipToken : { variables: { year } });
  const finalized = useYearFinalized(year);
  const isAdmin = hasAnyRole(viewer, ["ADMIN"]);
  const [paperMember, setPaperMember] = useState("");
  const progress = page.data?.scoringProgress ?? [];
  const members = (page.data?.committeeMembers ?? []).map((m) => m.name);
  const unitCodes = useMemo(() => [...new Set(progress.map((p) => p.unit.code))], [progress]);
  const sheetMember = viewer?.memberName && members.includes(viewer.memberName) ? viewer.memberName : isAdmin ? paperMember : null;
  const stored = useMemo(
    () =>
      (scores.data?.committeeScores ?? [])
        .filter((s) => s.member.name === sheetMember)
        .map((s) => ({ unitCode: s.unit.code, dimension: s.dimension, score: s.score, comment: s.comment ?? null })),
    [scores.data, sheetMember],
  );

  if (year === null) return <PagePlaceholder loading={yearLoading} emptyText={t.noUnits} />;
  const mayScore = can(viewer, "enterScores") && finalized === false;
  const cells = progress.map((p) => ({
    unitCode: p.unit.code,
    dimension: p.dimension,
    raters: p.raters,
    minRaters: p.minRaters,
    missing: p.missing,
  }));

  return (
    <section className="page scoring-page">
      <header className="page-head">
        <h1>{t.title(year)}</h1>
      </header>
      <p className="muted">{t.intro}</p>
      {finalized && <p className="alert alert--warn">{t.finalized}</p>}
      {page.data && unitCodes.length === 0 && <p className="muted">{t.noUnits}</p>}
      {page.data && can(viewer, "enterScores") && !isAdmin && !viewer?.memberName && <p className="alert alert--warn">{t.notLinked}</p>}
      {page.data && can(viewer, "enterScores") && !isAdmin && viewer?.memberName && !members.includes(viewer.memberName) && (
        <p className="alert alert--warn">{t.notMember(year)}</p>
      )}
      {isAdmin && !(viewer?.memberName && members.includes(viewer.memberName)) && (
        <label className="field scoring-page__member">
          <span>{t.paperMember}</span>
          <select name="paperMember" value={paperMember} onChange={(e) => setPaperMember(e.target.value)}>
            <option value="">{t.choose}</option>
            {members.map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </select>
        </label>
      )}
      {sheetMember && unitCodes.length > 0 && scores.data && (
        <ScoringSheet
          key={`${year}/${sheetMember}`}
          year={year}
          member={sheetMember}
          paper={sheetMember !== viewer?.memberName}
          unitCodes={unitCodes}
          stored={stored}
          readOnly={!mayScore}
        />
      )}
      {page.data && <ProgressMatrix year={year} members={members} progress={cells} />}
      {page.data && can(viewer, "enterScores") && (
        <CommitteeMembership key={`${year}/${members.join()}`} year={year} members={members} readOnly={finalized !== false} />
      )}
    </section>
  );
}
