import { useMutation } from "@apollo/client/react";
import { useState, type FormEvent } from "react";
import { describeError, invalidFields } from "../../api/errors.ts";
import { useStrings } from "../../i18n/I18nProvider.tsx";
import { checkTokenName, DEFAULT_TOKEN_DAYS, TOKEN_LIFETIMES } from "./token-shape.ts";
import { TokensCreateDocument, TokensListDocument } from "./tokens-queries.ts";
import { tokensStrings } from "./tokens-strings.ts";

/** Names and creates a token; hands the one-time secret up to the page. */
export function NewTokenForm({ onCreated }: { onCreated: (created: { name: string; secret: string }) => void }) {
  const t = useStrings(tokensStrings);
  const [name, setName] = useState("");
  const [days, setDays] = useState<number>(DEFAULT_TOKEN_DAYS);
  const [error, setError] = useState<string | null>(null);
  const [createToken, { loading }] = useMutation(TokensCreateDocument, { refetchQueries: [TokensListDocument], awaitRefetchQueries: true });

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problem = checkTokenName(name);
    if (problem) return setError(t.nameErrors[problem]);
    setError(null);
    try {
      const { data } = await createToken({ variables: { name: name.trim(), expiresInDays: days } });
      if (data) onCreated({ name: data.createApiToken.token.name, secret: data.createApiToken.secret });
      setName("");
    } catch (e) {
      setError(invalidFields(e).find((f) => f.field === "name")?.reason ?? describeError(e));
    }
  }

  return (
    <form className="card token-form" onSubmit={submit} noValidate>
      <h2>{t.createTitle}</h2>
      <div className="form-row">
        <label className="field token-form__name">
          <span>{t.name}</span>
          <input
            name="tokenName"
            value={name}
            maxLength={120}
            placeholder={t.namePlaceholder}
            onChange={(e) => setName(e.target.value)}
            aria-invalid={!!error}
          />
        </label>
        <label className="field">
          <span>{t.expiry}</span>
          <select name="expiresInDays" value={days} onChange={(e) => setDays(Number(e.target.value))}>
            {TOKEN_LIFETIMES.map((n) => (
              <option key={n} value={n}>
                {t.expiryOption(n)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="btn btn--primary" disabled={loading}>
          {loading ? t.creating : t.create}
        </button>
      </div>
      {error && <span className="field-error">{error}</span>}
    </form>
  );
}
