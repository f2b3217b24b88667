import { hasAnyRole, useViewer } from "../auth/index.ts";
import { useLang, useStrings } from "../i18n/I18nProvider.tsx";
import { useLocationHref } from "../url/location-store.ts";
import { hrefKeepingSticky } from "../url/url-state.ts";
import { Link } from "./Link.tsx";
import { matchView, NAV_GROUPS, VIEWS } from "./routes.ts";
import { shellStrings } from "./shell-strings.ts";

/** The left navigation: the views the viewer's roles may open, grouped. */
export function NavMenu() {
  const t = useStrings(shellStrings);
  const { lang } = useLang();
  const viewer = useViewer();
  const href = useLocationHref();
  const [pathname, search = ""] = href.split("?");
  const current = matchView(pathname);
  const visible = VIEWS.filter((view) => hasAnyRole(viewer, view.roles));
  return (
    <nav className="side-nav no-print" aria-label={t.nav}>
      {NAV_GROUPS.map((group) => {
        const views = visible.filter((view) => view.group === group);
        if (views.length === 0) return null;
        return (
          <div className="side-nav__group" key={group}>
            <div className="side-nav__heading">{t.groups[group]}</div>
            {views.map((view) => (
              <Link
                key={view.path}
                href={hrefKeepingSticky(view.path, search ? `?${search}` : "")}
                className={view === current ? "side-nav__link is-active" : "side-nav__link"}
                aria-current={view === current ? "page" : undefined}
              >
                {view.label[lang]}
              </Link>
            ))}
          </div>
        );
      })}
    </nav>
  );
}
