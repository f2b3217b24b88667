import { useMutation, useQuery } from "@apollo/client/react";
import { useState } from "react";
import { describeError } from "../../api/errors.ts";
import { formatInstant } from "../../format/date.ts";
import { useStrings } from "../../i18n/I18nProvider.tsx";
import { ConfirmDialog } from "../../ui/ConfirmDialog.tsx";
import { DataTable } from "../../ui/table/DataTable.tsx";
import type { Column } from "../../ui/table/table-types.ts";
import { NewTokenForm } from "./NewTokenForm.tsx";
import { TokenSecret } from "./TokenSecret.tsx";
import { isExpired, sortTokens } from "./token-shape.ts";
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
  const columns: Column<TokenRow>[] = [
    { key: "name", header: t.columns.name, kind: "text", value: (token) => token.name },
    { key: "prefix", header: t.columns.prefix, kind: "text", value: (token) => `${token.prefix}…`, cell: (token) => <code>{token.prefix}…</code> },
    { key: "createdAt", header: t.columns.createdAt, kind: "instant", value: (token) => token.createdAt },
    {
      key: "lastUsedAt",
      header: t.columns.lastUsedAt,
      kind: "instant",
      value: (token) => token.lastUsedAt ?? null,
      cell: (token) => (token.lastUsedAt ? formatInstant(token.lastUsedAt) : <span className="muted">{t.never}</span>),
    },
    {
      key: "expiresAt",
      header: t.columns.expiresAt,
      kind: "instant",
      value: (token) => token.expiresAt ?? null,
      cell: (token) => (token.expiresAt ? formatInstant(token.expiresAt) : <span className="muted">{t.neverExpires}</span>),
    },
    {
      key: "status",
      header: t.columns.status,
      kind: "text",
      value: (token) => (token.revokedAt ? t.revoked(formatInstant(token.revokedAt)) : isExpired(token) ? t.expired : t.active),
      cell: (token) =>
        token.revokedAt ? (
          <span className="badge badge--final">{t.revoked(formatInstant(token.revokedAt))}</span>
        ) : isExpired(token) ? (
          <span className="badge badge--final">{t.expired}</span>
        ) : (
          <span className="badge badge--excellent">{t.active}</span>
        ),
    },
    {
      key: "actions",
      header: t.columns.actions,
      kind: "text",
      value: () => null,
      align: "right",
      sortable: false,
      exportable: false,
      noPrint: true,
      className: () => "tokens-table__actions",
      cell: (token) =>
        !token.revokedAt && (
          <button
            type="button"
            className="btn btn--small"
            onClick={() => {
              revoke.reset();
              setRevoking(token);
            }}
          >
            {t.revoke}
          </button>
        ),
    },
  ];

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
        <div className="alert alert--ok" role="status">
          {notice}
        </div>
      )}
      <DataTable
        title={t.listTitle}
        columns={columns}
        rows={tokens}
        rowKey={(token) => token.id}
        rowAttributes={(token) => ({ "data-token": token.name })}
        rowClassName={(token) => (token.revokedAt ? "is-revoked" : undefined)}
        loading={loading && !data}
        error={error}
        emptyText={t.none}
        className="tokens-table"
      />
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
