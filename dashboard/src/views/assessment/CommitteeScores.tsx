import { useMutation, useQuery } from "@apollo/client/react";
import { useState, type FormEvent } from "react";
import { describeError, errorCode, invalidFields } from "../../api/errors.ts";
import { useUnits } from "../../app/use-units.ts";
import { can, useViewer } from "../../auth/index.ts";
import { commonStrings } from "../../i18n/common-strings.ts";
import { useStrings } from "../../i18n/I18nProvider.tsx";
import { DataTable } from "../../ui/table/DataTable.tsx";
import { unitColumn } from "../../ui/table/shared-columns.tsx";
import type { Column } from "../../ui/table/table-types.ts";
import type { ResultOf } from "@graphql-typed-document-node/core";
import { graphql } from "../../gql/index.ts";
import { assessmentStrings, scoreFormStrings } from "./assessment-strings.ts";
import {
  AssessmentPageQuery,
  CommitteeMembersQuery,
  CommitteeScoresQuery,
  FinalizeBlockersQuery,
  SubmitScoreMutation,
} from "./assessment-queries.ts";

const COMMITTEE_DIMENSIONS = ["SATISFACTION", "COOPERATION"] as const;

/** A committee score: 0–100 with at most two decimals (the server's rule, checked before sending). */
export function parseScore(text: string): number | null {
  if (!/^\d{1,3}(\.\d{1,2})?$/.test(text.trim())) return null;
  const value = Number(text);
  return value >= 0 && value <= 100 ? value : null;
}

/** A committee score as this list shows it; the scoring sheet reads the same fields. */
export const CommitteeScoreFields = graphql(`
  fragment CommitteeScoreFields on CommitteeScore {
    id
    dimension
    score
    comment
    updatedAt
    member {
      name
    }
    unit {
      ...UnitRef
    }
  }
`);

type ScoreRow = ResultOf<typeof CommitteeScoreFields>;

/**
 * The committee's scores of the year: an entry form (for committee members and administrators)
 * and the scores entered so far. Committee members score under their own member name.
 */
export function CommitteeScores({ year, finalized, unitFilter }: { year: number; finalized: boolean; unitFilter: string | null }) {
  const t = useStrings(scoreFormStrings);
  const a = useStrings(assessmentStrings);
  const common = useStrings(commonStrings);
  const viewer = useViewer();
  const { units, name } = useUnits();
  const scores = useQuery(CommitteeScoresQuery, { variables: { year } });
  const [submit, submitting] = useMutation(SubmitScoreMutation, {
    // Only what a score changes: the scores list, the ranking and what still blocks finalising.
    refetchQueries: [CommitteeScoresQuery, AssessmentPageQuery, FinalizeBlockersQuery],
  });

  const ownMember = viewer?.memberName ?? null;
  // Administrators score on a member's behalf: offer the members known so far (any name may be typed).
  const members = useQuery(CommitteeMembersQuery, { skip: ownMember !== null || !can(viewer, "enterScores") });
  const [member, setMember] = useState("");
  const [unitCode, setUnitCode] = useState(unitFilter ?? "");
  const [dimension, setDimension] = useState<(typeof COMMITTEE_DIMENSIONS)[number]>("SATISFACTION");
  const [scoreText, setScoreText] = useState("");
  const [comment, setComment] = useState("");
  const [error, setError] = useState<unknown>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [saved, setSaved] = useState(false);

  const fieldLabels: Record<string, string> = { member: t.member, unitCode: t.unit, dimension: t.dimension, score: t.score, comment: t.comment };
  const mayEnter = can(viewer, "enterScores") && !finalized;
  const rows = (scores.data?.committeeScores ?? []).filter((s) => !unitFilter || s.unit.code === unitFilter);
  const columns: Column<ScoreRow>[] = [
    unitColumn(t.unit, (s) => s.unit.code, name),
    { key: "dimension", header: t.dimension, kind: "text", value: (s) => common.dimensions[s.dimension] },
    { key: "member", header: t.member, kind: "text", value: (s) => s.member.name },
    { key: "score", header: common.score, kind: "score", value: (s) => s.score },
    { key: "comment", header: t.comment, kind: "text", value: (s) => s.comment ?? null, className: () => "comment-cell" },
    { key: "updatedAt", header: t.updated, kind: "instant", value: (s) => s.updatedAt },
  ];

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    setError(null);
    const errors: Record<string, string> = {};
    const memberName = (ownMember ?? member).trim();
    const score = parseScore(scoreText);
    if (!memberName) errors.member = t.memberRequired;
    if (score === null) errors.score = t.scoreRange;
    if (!unitCode) errors.unitCode = common.unit;
    setFieldErrors(errors);
    if (Object.keys(errors).length > 0 || score === null) return;
    try {
      await submit({ variables: { input: { year, member: memberName, unitCode, dimension, score, comment: comment.trim() || null } } });
      setSaved(true);
      setScoreText("");
      setComment("");
    } catch (e) {
      const fields: Record<string, string> = {};
      for (const f of invalidFields(e)) fields[f.field] = f.reason;
      setFieldErrors(fields);
      setError(e);
    }
  }

  return (
    <section className="card committee-scores no-print" data-testid="committee-scores">
      <h2>{t.title}</h2>
      {mayEnter && (
        <form className="form-row score-form" onSubmit={onSubmit} data-testid="score-form">
          <label className="field">
            <span>{t.member}</span>
            <input
              name="member"
              value={ownMember ?? member}
              onChange={(e) => setMember(e.target.value)}
              readOnly={ownMember !== null}
              aria-invalid={!!fieldErrors.member}
              size={12}
              list={ownMember === null ? "committee-member-names" : undefined}
            />
            {ownMember === null && (
              <datalist id="committee-member-names">
                {(members.data?.committeeMembers ?? []).map((m) => (
                  <option key={m.id} value={m.name} />
                ))}
              </datalist>
            )}
          </label>
          <label className="field">
            <span>{t.unit}</span>
            <select name="unitCode" value={unitCode} onChange={(e) => setUnitCode(e.target.value)} aria-invalid={!!fieldErrors.unitCode}>
              <option value="">—</option>
              {units.map((u) => (
                <option key={u.code} value={u.code}>
                  {name(u.code)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t.dimension}</span>
            <select name="dimension" value={dimension} onChange={(e) => setDimension(e.target.value as (typeof COMMITTEE_DIMENSIONS)[number])}>
              {COMMITTEE_DIMENSIONS.map((d) => (
                <option key={d} value={d}>
                  {common.dimensions[d]}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span>{t.score}</span>
            <input
              name="score"
              inputMode="decimal"
              value={scoreText}
              onChange={(e) => setScoreText(e.target.value)}
              aria-invalid={!!fieldErrors.score}
              size={7}
            />
          </label>
          <label className="field field--grow">
            <span>{t.comment}</span>
            <input name="comment" value={comment} onChange={(e) => setComment(e.target.value)} maxLength={2000} />
          </label>
          <button type="submit" className="btn btn--primary" disabled={submitting.loading}>
            {submitting.loading ? common.saving : t.submit}
          </button>
        </form>
      )}
      {Object.entries(fieldErrors).length > 0 && (
        <ul className="field-error">
          {Object.entries(fieldErrors).map(([field, reason]) => (
            <li key={field}>
              {fieldLabels[field] ?? field}: {reason}
            </li>
          ))}
        </ul>
      )}
      {error && Object.keys(fieldErrors).length === 0 ? (
        <div className="alert alert--error" role="alert">
          {errorCode(error) === "YEAR_FINALIZED" ? a.yearFinalizedError : describeError(error)}
        </div>
      ) : null}
      {saved && (
        <div className="alert alert--ok" role="status">
          {t.submitted}
        </div>
      )}
      {!finalized && viewer?.roles.includes("COMMITTEE") && <p className="muted">{t.hiddenScores}</p>}
      <DataTable
        title={t.list}
        note={unitFilter ? t.filterUnit(name(unitFilter)) : undefined}
        columns={columns}
        rows={rows}
        rowKey={(s) => s.id}
        filters={[{ label: common.year, value: String(year) }, ...(unitFilter ? [{ label: common.unit, value: name(unitFilter) }] : [])]}
        loading={scores.loading && !scores.data}
        error={scores.error}
        emptyText={t.none}
        testId="scores-table"
        className="scores-table"
        wrapClassName="scores-table-wrap"
      />
    </section>
  );
}
