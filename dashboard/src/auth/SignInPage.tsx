import { useState, type FormEvent } from "react";
import { describeError, errorCode } from "../api/errors.ts";
import { useStrings } from "../i18n/I18nProvider.tsx";
import { LanguageSwitch } from "../app/LanguageSwitch.tsx";
import { shellStrings } from "../app/shell-strings.ts";
import { authStrings } from "./auth-strings.ts";
import { useAuth } from "./AuthProvider.tsx";

export function SignInPage() {
  const t = useStrings(authStrings);
  const shell = useStrings(shellStrings);
  const { signIn } = useAuth();
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(username.trim(), password);
    } catch (e) {
      setError(errorCode(e) === "TOO_MANY_ATTEMPTS" ? t.throttled : `${t.failed}: ${describeError(e)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="sign-in">
      <form className="card sign-in__form" onSubmit={submit} aria-labelledby="sign-in-title">
        <div className="sign-in__brand">
          <span className="brand">{shell.product}</span>
          <LanguageSwitch />
        </div>
        <h1 id="sign-in-title">{t.title}</h1>
        <p className="muted">{t.hint}</p>
        <label className="field">
          <span>{t.username}</span>
          {/* biome-ignore lint/a11y/noAutofocus: the sign-in page has one task; the cursor belongs in its first field */}
          <input name="username" autoComplete="username" value={username} onChange={(e) => setUsername(e.target.value)} required autoFocus />
        </label>
        <label className="field">
          <span>{t.password}</span>
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            required
          />
        </label>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="btn btn--primary" disabled={busy}>
          {busy ? t.submitting : t.submit}
        </button>
      </form>
    </main>
  );
}
