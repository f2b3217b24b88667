import { useMutation } from "@apollo/client/react";
import { type FormEvent, useState } from "react";
import { describeError, invalidFields } from "../../api/errors.ts";
import { useStrings } from "../../i18n/I18nProvider.tsx";
import { UpsertUnitMutation } from "./units-queries.ts";
import { unitsStrings } from "./units-strings.ts";

export interface UnitFields {
  code: string;
  name: string;
  nameEn: string | null;
  kind: string;
  region: string | null;
  headName: string | null;
  deputyHeadName: string | null;
}

const KINDS = ["STATION", "FEE_HALL", "COLLECTIVE_GROUP"] as const;

/**
 * Adds a unit, or edits the undated fields of one (kind, district, head, deputy head). Its name
 * changes only through 更名, which asks from which day: an edit here never renames history.
 */
export function UnitForm({ unit, onDone }: { unit: UnitFields | null; onDone: (saved: string | null) => void }) {
  const t = useStrings(unitsStrings);
  const [form, setForm] = useState<UnitFields>(
    unit ?? { code: "", name: "", nameEn: null, kind: "STATION", region: null, headName: null, deputyHeadName: null },
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [save, { loading }] = useMutation(UpsertUnitMutation, { refetchQueries: "active", awaitRefetchQueries: true });

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    const missing: Record<string, string> = {};
    if (!form.code.trim()) missing.code = t.field.code;
    if (!form.name.trim()) missing.name = t.field.name;
    setErrors(missing);
    if (Object.keys(missing).length > 0) return;
    const blank = (text: string | null) => (text?.trim() ? text.trim() : null);
    try {
      await save({
        variables: {
          input: {
            code: form.code.trim(),
            name: form.name.trim(),
            nameEn: blank(form.nameEn),
            kind: form.kind as (typeof KINDS)[number],
            region: blank(form.region),
            headName: blank(form.headName),
            deputyHeadName: blank(form.deputyHeadName),
          },
        },
      });
      onDone(form.name.trim());
    } catch (error) {
      setErrors(Object.fromEntries(invalidFields(error).map((f) => [f.field, f.reason])));
      setFailure(error);
    }
  }

  const text = (key: keyof UnitFields, label: string, options: { readOnly?: boolean } = {}) => (
    <label className="field">
      <span>{label}</span>
      <input
        name={key}
        value={form[key] ?? ""}
        readOnly={options.readOnly}
        onChange={(e) => setForm({ ...form, [key]: e.target.value })}
        aria-invalid={!!errors[key]}
      />
      {errors[key] && <span className="field-error">{errors[key]}</span>}
    </label>
  );

  return (
    <form className="card unit-form" onSubmit={submit} aria-label={unit ? t.editTitle(unit.name) : t.addTitle}>
      <h2>{unit ? t.editTitle(unit.name) : t.addTitle}</h2>
      <div className="unit-form__grid">
        {text("code", t.field.code, { readOnly: unit !== null })}
        {unit === null && text("name", t.field.name)}
        {unit === null && text("nameEn", t.field.nameEn)}
        <label className="field">
          <span>{t.field.kind}</span>
          <select name="kind" value={form.kind} onChange={(e) => setForm({ ...form, kind: e.target.value })}>
            {KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t.kinds[kind]}
              </option>
            ))}
          </select>
        </label>
        {text("headName", t.field.head)}
        {text("deputyHeadName", t.field.deputy)}
        <label className="field unit-form__wide">
          <span>{t.field.region}</span>
          <textarea name="region" rows={2} value={form.region ?? ""} onChange={(e) => setForm({ ...form, region: e.target.value })} maxLength={500} />
          {errors.region && <span className="field-error">{errors.region}</span>}
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
        <button type="submit" className="btn btn--primary" disabled={loading}>
          {loading ? t.saving : t.save}
        </button>
      </div>
    </form>
  );
}
