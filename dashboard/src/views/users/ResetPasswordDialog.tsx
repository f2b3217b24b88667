import { useMutation } from "@apollo/client/react";
import { useState } from "react";
import { describeError } from "../../api/errors.ts";
import { useStrings } from "../../i18n/I18nProvider.tsx";
import { ConfirmDialog } from "../../ui/ConfirmDialog.tsx";
import { serverFieldErrors } from "./server-errors.ts";
import { checkPassword } from "./user-form.ts";
import { UsersUpdateDocument } from "./users-queries.ts";
import { usersStrings } from "./users-strings.ts";

/** Sets a new password for an account (updateUser with only the password). */
export function ResetPasswordDialog({ username, onDone }: { username: string; onDone: (reset: boolean) => void }) {
  const t = useStrings(usersStrings);
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [updateUser, { loading }] = useMutation(UsersUpdateDocument);

  async function confirm() {
    const problem = checkPassword(password);
    if (problem) return setError(t.fieldErrors[problem]);
    try {
      await updateUser({ variables: { input: { username, password } } });
      onDone(true);
    } catch (e) {
      setError(serverFieldErrors(e).password ?? describeError(e));
    }
  }

  return (
    <ConfirmDialog
      title={t.passwordTitle(username)}
      confirmLabel={loading ? t.saving : t.resetPassword}
      cancelLabel={t.cancel}
      onConfirm={confirm}
      onCancel={() => onDone(false)}
      confirmDisabled={loading || password === ""}
    >
      <label className="field">
        <span>{t.newPassword}</span>
        <input
          name="newPassword"
          type="password"
          autoComplete="new-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          aria-invalid={!!error}
        />
        {error ? <span className="field-error">{error}</span> : <span className="field-hint">{t.hints.password}</span>}
      </label>
      <p className="muted">{t.passwordNote}</p>
    </ConfirmDialog>
  );
}
