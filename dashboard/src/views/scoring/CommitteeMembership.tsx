import { useMutation, useQuery } from "@apollo/client/react";
import { useState } from "react";
import { describeError } from "../../api/errors.ts";
import { useStrings } from "../../i18n/I18nProvider.tsx";
import { RegisteredMembersQuery, SetCommitteeMembersMutation } from "./scoring-queries.ts";
import { scoringStrings } from "./scoring-strings.ts";

/** Who sits on the year's committee: the registered members ticked, new names added. */
export function CommitteeMembership({ year, members, readOnly }: { year: number; members: readonly string[]; readOnly: boolean }) {
  const t = useStrings(scoringStrings);
  const registered = useQuery(RegisteredMembersQuery);
  const [chosen, setChosen] = useState<string[]>([...members]);
  const [added, setAdded] = useState("");
  const [message, setMessage] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [save, { loading }] = useMutation(SetCommitteeMembersMutation, { refetchQueries: "active", awaitRefetchQueries: true });
  const names = [...new Set([...(registered.data?.committeeMembers ?? []).map((m) => m.name), ...chosen])].sort();

  async function submit() {
    setFailure(null);
    setMessage(null);
    try {
      await save({ variables: { year, members: chosen } });
      setMessage(t.membersSaved);
    } catch (error) {
      setFailure(error);
    }
  }

  return (
    <section className="card committee-membership" aria-label={t.membersTitle(year)}>
      <h2>{t.membersTitle(year)}</h2>
      <p className="muted">{t.membersNote}</p>
      <ul className="plain-list committee-membership__list">
        {names.map((name) => (
          <li key={name}>
            <label>
              <input
                type="checkbox"
                name="member"
                value={name}
                checked={chosen.includes(name)}
                disabled={readOnly}
                onChange={(e) => setChosen(e.target.checked ? [...chosen, name] : chosen.filter((n) => n !== name))}
              />{" "}
              {name}
            </label>
          </li>
        ))}
      </ul>
      {!readOnly && (
        <div className="form-row">
          <label className="field">
            <span>{t.newMember}</span>
            <input name="newMember" value={added} onChange={(e) => setAdded(e.target.value)} maxLength={100} />
          </label>
          <button
            type="button"
            className="btn btn--small"
            disabled={!added.trim() || chosen.includes(added.trim())}
            onClick={() => {
              setChosen([...chosen, added.trim()]);
              setAdded("");
            }}
          >
            {t.addMember}
          </button>
          <span className="form-actions__spacer" />
          <button type="button" className="btn btn--primary" onClick={() => void submit()} disabled={loading}>
            {t.saveMembers}
          </button>
        </div>
      )}
      {message && (
        <p className="alert alert--ok" role="status">
          {message}
        </p>
      )}
      {failure ? (
        <p className="alert alert--error" role="alert">
          {describeError(failure)}
        </p>
      ) : null}
    </section>
  );
}
