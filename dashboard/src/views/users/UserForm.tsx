import { useMutation } from "@apollo/client/react";
import { useId, useState, type FormEvent, type ReactNode } from "react";
import { describeError, errorCode } from "../../api/errors.ts";
import { useUnits } from "../../app/use-units.ts";
import type { Role } from "../../auth/roles.ts";
import { useStrings } from "../../i18n/I18nProvider.tsx";
import { serverFieldErrors } from "./server-errors.ts";
import { emptyUserForm, formFromAccount, inputFromUserForm, ROLE_ORDER, toggleRole, type AccountLike, type UserField } from "./user-form.ts";
import { UsersCreateDocument, UsersListDocument, UsersUpdateDocument } from "./users-queries.ts";
import { usersStrings } from "./users-strings.ts";

interface Props {
  /** The account to edit; null creates a new one. */
  account: AccountLike | null;
  onDone: (saved: string | null) => void;
}

/** Creates or edits an account; the form's and the server's field errors show beside each field. */
export function UserForm({ account, onDone }: Props) {
  const t = useStrings(usersStrings);
  const { units, name } = useUnits();
  const mode = account ? "edit" : "create";
  const [values, setValues] = useState(() => (account ? formFromAccount(account) : emptyUserForm()));
  const [errors, setErrors] = useState<Partial<Record<UserField, string>>>({});
  const [serverError, setServerError] = useState<unknown>(null);
  // A new account must appear in the table (the cache cannot know where): refetch the list. An
  // edited one merges into it by its username.
  const [createUser, created] = useMutation(UsersCreateDocument, { refetchQueries: [UsersListDocument], awaitRefetchQueries: true });
  const [updateUser, updated] = useMutation(UsersUpdateDocument);
  const saving = created.loading || updated.loading;
  const isHead = values.roles.includes("STATION_HEAD");
  const isCommittee = values.roles.includes("COMMITTEE");

  async function submit(event: FormEvent) {
    event.preventDefault();
    setServerError(null);
    const result = inputFromUserForm(values, mode);
    if (!result.ok) {
      setErrors(Object.fromEntries(Object.entries(result.errors).map(([field, reason]) => [field, t.fieldErrors[reason]])));
      return;
    }
    setErrors({});
    try {
      if (mode === "create") await createUser({ variables: { input: result.input } });
      else await updateUser({ variables: { input: result.input } });
      onDone(result.input.username);
    } catch (e) {
      setErrors(serverFieldErrors(e));
      setServerError(e);
    }
  }

  const headingId = useId();
  const field = (key: UserField, control: ReactNode, hint?: string) => (
    // biome-ignore lint/a11y/noLabelWithoutControl: the control is passed in and rendered inside the label
    <label className="field" key={key}>
      <span>{t.fields[key]}</span>
      {control}
      {errors[key] ? <span className="field-error">{errors[key]}</span> : hint && <span className="field-hint">{hint}</span>}
    </label>
  );
  const text = (
    key: "username" | "displayName" | "password" | "memberName",
    props: { type?: string; disabled?: boolean; autoComplete?: string } = {},
  ) => (
    <input name={key} value={values[key]} onChange={(e) => setValues({ ...values, [key]: e.target.value })} aria-invalid={!!errors[key]} {...props} />
  );

  return (
    <form className="card user-form" onSubmit={submit} aria-labelledby={headingId} noValidate>
      <h2 id={headingId}>{account ? t.editTitle(account.username) : t.createTitle}</h2>
      <div className="user-form__grid">
        {field("username", text("username", { disabled: mode === "edit", autoComplete: "off" }), mode === "create" ? t.hints.username : undefined)}
        {field("displayName", text("displayName"))}
        {mode === "create" && field("password", text("password", { type: "password", autoComplete: "new-password" }), t.hints.password)}
      </div>
      <fieldset className="user-form__roles" aria-invalid={!!errors.roles}>
        <legend>{t.fields.roles}</legend>
        {ROLE_ORDER.map((role: Role) => (
          <label key={role} className="check">
            <input
              type="checkbox"
              name="roles"
              value={role}
              checked={values.roles.includes(role)}
              onChange={(e) => setValues({ ...values, roles: toggleRole(values.roles, role, e.target.checked) })}
            />
            {t.roles[role]}
          </label>
        ))}
        {errors.roles && <span className="field-error">{errors.roles}</span>}
      </fieldset>
      {(isHead || isCommittee) && (
        <div className="user-form__grid">
          {isHead &&
            field(
              "unitCode",
              <select
                name="unitCode"
                value={values.unitCode}
                onChange={(e) => setValues({ ...values, unitCode: e.target.value })}
                aria-invalid={!!errors.unitCode}
              >
                <option value="">{t.pickUnit}</option>
                {units.map((unit) => (
                  <option key={unit.code} value={unit.code}>
                    {name(unit.code)}
                  </option>
                ))}
              </select>,
            )}
          {isCommittee && field("memberName", text("memberName"), t.hints.memberName)}
        </div>
      )}
      {serverError ? (
        <div className="alert alert--error" role="alert">
          <strong>
            {errorCode(serverError) === "CONFLICT" ? t.conflict : errorCode(serverError) === "NOT_FOUND" ? t.notFound : t.serverRejected}
          </strong>{" "}
          {describeError(serverError)}
        </div>
      ) : null}
      <div className="form-actions">
        <button type="button" className="btn" onClick={() => onDone(null)}>
          {t.cancel}
        </button>
        <button type="submit" className="btn btn--primary" disabled={saving}>
          {saving ? t.saving : mode === "create" ? t.create : t.save}
        </button>
      </div>
    </form>
  );
}
