import { useMutation } from "@apollo/client/react";
import { useId, useState, type FormEvent } from "react";
import { describeError, errorCode, invalidFields } from "../../api/errors.ts";
import { useUnits } from "../../app/use-units.ts";
import { useStrings } from "../../i18n/I18nProvider.tsx";
import { FORM_FIELDS, formFromContract, inputFromContractForm, type ContractField, type ContractLike } from "./contract-form.ts";
import { SetContractMutation } from "./contracts-queries.ts";
import { contractsStrings } from "./contracts-strings.ts";

interface Props {
  year: number;
  /** The unit being edited; null to pick one (a new contract). */
  unitCode: string | null;
  contract: ContractLike | null;
  /** Units that may get a new contract. */
  candidates: string[];
  onDone: (savedUnit: string | null) => void;
}

/** Edits one contract; shows the form's and the server's field errors beside each field. */
export function ContractEditForm({ year, unitCode, contract, candidates, onDone }: Props) {
  const t = useStrings(contractsStrings);
  const { name } = useUnits();
  const [unit, setUnit] = useState(unitCode ?? candidates[0] ?? "");
  const [form, setForm] = useState(() => formFromContract(contract));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [serverError, setServerError] = useState<unknown>(null);
  const [setContract, { loading }] = useMutation(SetContractMutation, { refetchQueries: "active", awaitRefetchQueries: true });

  const headingId = useId();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setServerError(null);
    const result = inputFromContractForm(year, unit, form);
    if (!result.ok) {
      setErrors(Object.fromEntries(Object.entries(result.errors).map(([field, reason]) => [field, t.fieldErrors[reason as string]])));
      return;
    }
    setErrors({});
    try {
      await setContract({ variables: { input: result.input } });
      onDone(unit);
    } catch (e) {
      // extensions.invalid names the fields ({field, reason}); show each beside its input.
      setErrors(Object.fromEntries(invalidFields(e).map((f) => [f.field, f.reason])));
      setServerError(e);
    }
  }

  const field = (key: ContractField) => (
    <label key={key} className="field">
      <span>{t.columns[key]}</span>
      <input
        name={key}
        value={form[key]}
        inputMode="decimal"
        onChange={(e) => setForm({ ...form, [key]: e.target.value })}
        aria-invalid={!!errors[key]}
      />
      {errors[key] && <span className="field-error">{errors[key]}</span>}
    </label>
  );

  return (
    <form className="card contract-form" onSubmit={submit} aria-labelledby={headingId}>
      <h2 id={headingId}>{unitCode ? t.editTitle(name(unitCode)) : t.addTitle}</h2>
      {!unitCode && (
        <label className="field contract-form__unit">
          <span>{t.addFor}</span>
          <select name="unitCode" value={unit} onChange={(e) => setUnit(e.target.value)}>
            {candidates.map((code) => (
              <option key={code} value={code}>
                {name(code)}
              </option>
            ))}
          </select>
        </label>
      )}
      <div className="contract-form__grid">{FORM_FIELDS.map(field)}</div>
      {serverError ? (
        <div className="alert alert--error" role="alert">
          {errorCode(serverError) === "YEAR_FINALIZED" ? t.yearFinalized : `${t.serverRejected} ${describeError(serverError)}`}
        </div>
      ) : null}
      <div className="form-actions">
        <button type="button" className="btn" onClick={() => onDone(null)}>
          {t.cancel}
        </button>
        <button type="submit" className="btn btn--primary" disabled={loading || !unit}>
          {loading ? t.saving : t.save}
        </button>
      </div>
    </form>
  );
}
