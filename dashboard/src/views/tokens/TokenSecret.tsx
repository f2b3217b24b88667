import { useStrings } from "../../i18n/I18nProvider.tsx";
import { CopyBox } from "./CopyBox.tsx";
import { curlExample } from "./token-shape.ts";
import { tokensStrings } from "./tokens-strings.ts";

/** The secret of a token just created, shown this once, with a ready curl command. */
export function TokenSecret({ name, secret, onDismiss }: { name: string; secret: string; onDismiss: () => void }) {
  const t = useStrings(tokensStrings);
  return (
    <div className="card token-secret" role="region" aria-label={t.secretTitle(name)}>
      <h2>{t.secretTitle(name)}</h2>
      <div className="alert alert--warn" role="note">
        {t.secretWarning}
      </div>
      <CopyBox label={t.secretLabel} value={secret} />
      <CopyBox label={t.curlLabel} value={curlExample(secret, location.origin)} multiline />
      <div className="form-actions">
        <button type="button" className="btn btn--primary" onClick={onDismiss}>
          {t.dismiss}
        </button>
      </div>
    </div>
  );
}
