import { useAuth } from "../auth/index.ts";
import { authStrings } from "../auth/auth-strings.ts";
import { useStrings } from "../i18n/I18nProvider.tsx";

/** Who is signed in, in which roles, and the way out. */
export function UserMenu() {
  const t = useStrings(authStrings);
  const { viewer, signOut } = useAuth();
  if (!viewer) return null;
  const roles = viewer.roles.map((role) => t.roles[role] ?? role).join(" · ");
  return (
    <div className="user-menu no-print">
      <div className="user-menu__who">
        <span className="user-menu__name">{viewer.displayName}</span>
        <span className="user-menu__roles">
          {roles}
          {viewer.unitCode ? ` · ${viewer.unitCode}` : ""}
        </span>
      </div>
      <button type="button" className="btn btn--ghost btn--small" onClick={() => void signOut()}>
        {t.signOut}
      </button>
    </div>
  );
}
