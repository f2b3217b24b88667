import { useMutation, useQuery } from "@apollo/client/react";
import { useState } from "react";
import { describeError } from "../../api/errors.ts";
import { formatInstant } from "../../format/date.ts";
import { useStrings } from "../../i18n/I18nProvider.tsx";
import { ConfirmDialog } from "../../ui/ConfirmDialog.tsx";
import { ErrorAlert } from "../../ui/ErrorAlert.tsx";
import { NewTokenForm } from "./NewTokenForm.tsx";
import { TokenSecret } from "./TokenSecret.tsx";
import { sortTokens } from "./token-shape.ts";
import { TokensListDocument, TokensRevokeDocument, type TokenRow } from "./tokens-queries.ts";
import { tokensStrings } from "./tokens-strings.ts";
import "./tokens.css";

/** API 令牌: the signed-in user's own tokens; create (secret shown once) and revoke. */
export default function TokensView() {
  const t = useStrings(tokensStrings);
  const { data, loading, error } = useQuery(TokensListDocument);
  // The secret lives only here: leaving the page or dismissing the panel forgets it for good.
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const [revoking, setRevoking] = useState<TokenRow | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [revokeToken, revoke] = useMutation(TokensRevokeDocument);
  const tokens = sortTokens(data?.apiTokens ?? []);

  async function confirmRevoke(token: TokenRow) {
    try {
      // ApiToken has an id, so the answer's revokedAt updates the row in the cache.
      await revokeToken({ variables: { id: token.id } });
      setNotice(t.revokedDone(token.name));
      setRevoking(null);
    } catch {
      // shown in the dialog from revoke.error
    }
  }

  return (
    <section className="page tokens-page">
      <header className="page-head">
        <h1>{t.title}</h1>
      </header>
      <p className="muted">{t.intro}</p>
      {created ? (
        <TokenSecret name={created.name} secret={created.secret} onDismiss={() => setCreated(null)} />
      ) : (
        <NewTokenForm
          onCreated={(token) => {
            setCreated(token);
            setNotice(null);
          }}
        />
      )}
      {notice && (
        <div className="alert alert--ok" role="status" data-testid="tokens-notice">
          {notice}
        </div>
      )}
      <div className="card">
        <h2>{t.listTitle}</h2>
        <ErrorAlert error={error} />
        {loading && !data ? (
          <div className="chart-skeleton" style={{ height: 160 }} />
        ) : tokens.length === 0 ? (
          <p className="muted" data-testid="tokens-empty">
            {t.none}
          </p>
        ) : (
          <div className="table-wrap">
            <table className="tokens-table" data-testid="tokens-table">
              <thead>
                <tr>
                  <th>{t.columns.name}</th>
                  <th>{t.columns.prefix}</th>
                  <th>{t.columns.createdAt}</th>
                  <th>{t.columns.lastUsedAt}</th>
                  <th>{t.columns.status}</th>
                  <th className="tokens-table__actions">{t.columns.actions}</th>
                </tr>
              </thead>
              <tbody>
                {tokens.map((token) => (
                  <tr key={token.id} data-token={token.name} className={token.revokedAt ? "is-revoked" : undefined}>
                    <td>{token.name}</td>
                    <td>
                      <code>{token.prefix}…</code>
                    </td>
                    <td>{formatInstant(token.createdAt)}</td>
                    <td>{token.lastUsedAt ? formatInstant(token.lastUsedAt) : <span className="muted">{t.never}</span>}</td>
                    <td data-testid="token-status">
                      {token.revokedAt ? (
                        <span className="badge badge--final">{t.revoked(formatInstant(token.revokedAt))}</span>
                      ) : (
                        <span className="badge badge--excellent">{t.active}</span>
                      )}
                    </td>
                    <td className="tokens-table__actions">
                      {!token.revokedAt && (
                        <button
                          type="button"
                          className="btn btn--small"
                          onClick={() => {
                            revoke.reset();
                            setRevoking(token);
                          }}
                          data-testid={`token-revoke-${token.name}`}
                        >
                          {t.revoke}
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
      {revoking && (
        <ConfirmDialog
          title={t.revokeTitle(revoking.name)}
          confirmLabel={t.revoke}
          cancelLabel={t.cancel}
          danger
          confirmDisabled={revoke.loading}
          onConfirm={() => confirmRevoke(revoking)}
          onCancel={() => setRevoking(null)}
        >
          <p>{t.revokeText}</p>
          {revoke.error ? <p className="error">{describeError(revoke.error)}</p> : null}
        </ConfirmDialog>
      )}
    </section>
  );
}
