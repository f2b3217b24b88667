import { useMutation, useQuery } from "@apollo/client/react";
import { useState } from "react";
import { describeError } from "../../api/errors.ts";
import { useUnits } from "../../app/use-units.ts";
import { useViewer } from "../../auth/index.ts";
import { useStrings } from "../../i18n/I18nProvider.tsx";
import { ConfirmDialog } from "../../ui/ConfirmDialog.tsx";
import { DataTable } from "../../ui/table/DataTable.tsx";
import type { Column } from "../../ui/table/table-types.ts";
import { ResetPasswordDialog } from "./ResetPasswordDialog.tsx";
import { UserForm } from "./UserForm.tsx";
import { sortAccounts, sortRoles } from "./user-form.ts";
import { UsersListDocument, UsersUpdateDocument, type UserAccountRow } from "./users-queries.ts";
import { usersStrings } from "./users-strings.ts";
import "./users.css";

type Dialog = { kind: "password" | "toggle"; account: UserAccountRow } | null;

/** 用户管理 (ADMIN): the accounts, a create/edit form above the table, dialogs for the rest. */
export default function UsersView() {
  const t = useStrings(usersStrings);
  const viewer = useViewer();
  const { name } = useUnits();
  const { data, loading, error } = useQuery(UsersListDocument);
  const [editing, setEditing] = useState<UserAccountRow | "new" | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [toggleError, setToggleError] = useState<unknown>(null);
  const [updateUser, toggling] = useMutation(UsersUpdateDocument);
  const accounts = sortAccounts(data?.users ?? []);
  const isSelf = (account: UserAccountRow) => account.username === viewer?.username;
  const columns: Column<UserAccountRow>[] = [
    {
      key: "username",
      header: t.columns.username,
      kind: "text",
      value: (account) => account.username,
      className: () => "users-table__username",
      cell: (account) => (
        <>
          {account.username}
          {isSelf(account) && <span className="muted">{t.you}</span>}
        </>
      ),
    },
    { key: "displayName", header: t.columns.displayName, kind: "text", value: (account) => account.displayName },
    {
      key: "roles",
      header: t.columns.roles,
      kind: "text",
      value: (account) =>
        sortRoles(account.roles)
          .map((role) => t.roles[role])
          .join("、"),
      cell: (account) => (
        <span className="role-badges">
          {sortRoles(account.roles).map((role) => (
            <span key={role} className={`badge role-badge role-badge--${role.toLowerCase()}`}>
              {t.roles[role]}
            </span>
          ))}
        </span>
      ),
    },
    { key: "unit", header: t.columns.unit, kind: "text", value: (account) => (account.unitCode ? name(account.unitCode) : null) },
    { key: "memberName", header: t.columns.memberName, kind: "text", value: (account) => account.memberName ?? null },
    {
      key: "status",
      header: t.columns.status,
      kind: "text",
      value: (account) => (account.disabled ? t.disabled : t.active),
      cell: (account) =>
        account.disabled ? <span className="badge badge--fail">{t.disabled}</span> : <span className="badge badge--excellent">{t.active}</span>,
    },
    {
      key: "actions",
      header: t.columns.actions,
      kind: "text",
      value: () => null,
      sortable: false,
      exportable: false,
      noPrint: true,
      className: () => "users-table__actions",
      cell: (account) => (
        <>
          <button
            type="button"
            className="btn btn--small"
            onClick={() => {
              setEditing(account);
              setNotice(null);
            }}
          >
            {t.edit}
          </button>
          <button type="button" className="btn btn--small" onClick={() => setDialog({ kind: "password", account })}>
            {t.resetPassword}
          </button>
          {/* Disabling yourself would lock you out at once; the server allows it, the page does not offer it. */}
          {!isSelf(account) && (
            <button
              type="button"
              className="btn btn--small"
              onClick={() => {
                setToggleError(null);
                setDialog({ kind: "toggle", account });
              }}
            >
              {account.disabled ? t.enable : t.disable}
            </button>
          )}
        </>
      ),
    },
  ];

  async function toggleDisabled(account: UserAccountRow) {
    setToggleError(null);
    try {
      // Keyed by username, the answer merges into the list: nothing to refetch.
      await updateUser({ variables: { input: { username: account.username, disabled: !account.disabled } } });
      setNotice(account.disabled ? t.enabledDone(account.username) : t.disabledDone(account.username));
      setDialog(null);
    } catch (e) {
      setToggleError(e);
    }
  }

  return (
    <section className="page users-page">
      <header className="page-head">
        <h1>{t.title}</h1>
        {editing === null && (
          <button
            type="button"
            className="btn btn--primary"
            onClick={() => {
              setEditing("new");
              setNotice(null);
            }}
          >
            {t.add}
          </button>
        )}
      </header>
      <p className="muted">{t.intro}</p>
      {notice && (
        <div className="alert alert--ok" role="status">
          {notice}
        </div>
      )}
      {editing !== null && (
        <UserForm
          key={editing === "new" ? "new" : editing.username}
          account={editing === "new" ? null : editing}
          onDone={(saved) => {
            setNotice(saved ? (editing === "new" ? t.created(saved) : t.updated(saved)) : null);
            setEditing(null);
          }}
        />
      )}
      <DataTable
        title={t.listTitle}
        columns={columns}
        rows={accounts}
        rowKey={(account) => account.username}
        rowAttributes={(account) => ({ "data-username": account.username })}
        rowClassName={(account) =>
          account.disabled ? "is-disabled" : editing !== "new" && editing?.username === account.username ? "is-selected" : undefined
        }
        loading={loading && !data}
        error={error}
        emptyText={t.none}
        className="users-table"
        footer={<p className="muted users-count">{t.count(accounts.length)}</p>}
      />
      {dialog?.kind === "password" && (
        <ResetPasswordDialog
          username={dialog.account.username}
          onDone={(reset) => {
            if (reset) setNotice(t.passwordDone(dialog.account.username));
            setDialog(null);
          }}
        />
      )}
      {dialog?.kind === "toggle" && (
        <ConfirmDialog
          title={dialog.account.disabled ? t.enableTitle(dialog.account.username) : t.disableTitle(dialog.account.username)}
          confirmLabel={dialog.account.disabled ? t.enable : t.disable}
          cancelLabel={t.cancel}
          danger={!dialog.account.disabled}
          confirmDisabled={toggling.loading}
          onConfirm={() => toggleDisabled(dialog.account)}
          onCancel={() => setDialog(null)}
        >
          <p>{dialog.account.disabled ? t.enableText : t.disableText}</p>
          {toggleError ? <p className="error">{describeError(toggleError)}</p> : null}
        </ConfirmDialog>
      )}
    </section>
  );
}
