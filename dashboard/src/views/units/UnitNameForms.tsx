import { useMutation } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { describeError } from "../../api/errors.ts";
import { useStrings } from "../../i18n/I18nProvider.tsx";
import { RenameUnitMutation, RetireUnitMutation } from "./units-queries.ts";
import { unitsStrings } from "./units-strings.ts";

interface Props {
  code: string;
  name: string;
  /** The day the form starts with (the selected year's default entry day). */
  defaultFrom: string;
  onDone: (message: string | null) => void;
}

/** 更名: a new name (and English name) from a day on; earlier years keep the old one. */
export function RenameForm({ code, name, defaultFrom, onDone }: Props) {
  const t = useStrings(unitsStrings);
  const [newName, setNewName] = useState("");
  const [nameEn, setNameEn] = useState("");
  const [from, setFrom] = useState(defaultFrom);
  const [failure, setFailure] = useState<unknown>(null);
  const [rename, { loading }] = useMutation(RenameUnitMutation, { refetchQueries: "active", awaitRefetchQueries: true });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    try {
      await rename({ variables: { code, name: newName.trim(), from, nameEn: nameEn.trim() || undefined } });
      onDone(t.renamed(newName.trim(), from));
    } catch (error) {
      setFailure(error);
    }
  }

  return (
    <form className="card unit-form" onSubmit={submit} aria-label={t.renameTitle(name)}>
      <h2>{t.renameTitle(name)}</h2>
      <div className="unit-form__grid">
        <label className="field">
          <span>{t.field.newName}</span>
          <input name="newName" value={newName} onChange={(e) => setNewName(e.target.value)} required maxLength={100} />
        </label>
        <label className="field">
          <span>{t.field.newNameEn}</span>
          <input name="newNameEn" value={nameEn} onChange={(e) => setNameEn(e.target.value)} maxLength={100} />
        </label>
        <label className="field">
          <span>{t.field.from}</span>
          <input name="from" type="date" value={from} onChange={(e) => setFrom(e.target.value)} required />
        </label>
      </div>
      {failure ? (
        <div className="alert alert--error" role="alert">
          {describeError(failure)}
        </div>
      ) : null}
      <div className="form-actions">
        <button type="button" className="btn" onClick={() => onDone(null)}>
          {t.cancel}
        </button>
        <button type="submit" className="btn btn--primary" disabled={loading || !newName.trim() || !from}>
          {loading ? t.saving : t.rename}
        </button>
      </div>
    </form>
  );
}

/** 停用 from a day: the unit keeps its history and leaves the years that start after it. */
export function RetireForm({ code, name, defaultFrom, onDone }: Props) {
  const t = useStrings(unitsStrings);
  const [from, setFrom] = useState(defaultFrom);
  const [failure, setFailure] = useState<unknown>(null);
  const [retire, { loading }] = useMutation(RetireUnitMutation, { refetchQueries: "active", awaitRefetchQueries: true });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    try {
      await retire({ variables: { code, from } });
      onDone(t.retired(name, from));
    } catch (error) {
      setFailure(error);
    }
  }

  return (
    <form className="card unit-form" onSubmit={submit} aria-label={t.retireTitle(name)}>
      <h2>{t.retireTitle(name)}</h2>
      <p className="muted">{t.retireText}</p>
      <label className="field">
        <span>{t.field.retireFrom}</span>
        <input name="retireFrom" type="date" value={from} onChange={(e) => setFrom(e.target.value)} required />
      </label>
      {failure ? (
        <div className="alert alert--error" role="alert">
          {describeError(failure)}
        </div>
      ) : null}
      <div className="form-actions">
        <button type="button" className="btn" onClick={() => onDone(null)}>
          {t.cancel}
        </button>
        <button type="submit" className="btn btn--danger" disabled={loading || !from}>
          {loading ? t.saving : t.retire}
        </button>
      </div>
    </form>
  );
}
