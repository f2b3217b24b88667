import { type ReactNode, Suspense } from "react";
import { can, hasAnyRole, useViewer } from "../auth/index.ts";
import { describeError } from "../api/errors.ts";
import { useStrings } from "../i18n/I18nProvider.tsx";
import { usePathname } from "../url/location-store.ts";
import { LanguageSwitch } from "./LanguageSwitch.tsx";
import { Link } from "./Link.tsx";
import { NavMenu } from "./NavMenu.tsx";
import { matchView } from "./routes.ts";
import { shellStrings } from "./shell-strings.ts";
import { UserMenu } from "./UserMenu.tsx";
import { ViewErrorBoundary } from "./ViewErrorBoundary.tsx";
import { YearPicker } from "./YearPicker.tsx";
import { NewYearButton } from "../views/year-opening/NewYearDialog.tsx";

/** Top bar, left navigation and the current view (each view is loaded on first visit). */
export function AppShell() {
  const t = useStrings(shellStrings);
  const viewer = useViewer();
  const pathname = usePathname();
  const view = matchView(pathname);

  let content: ReactNode;
  if (!view) {
    content = (
      <section className="page">
        <h1>{t.notFound}</h1>
        <Link href="/assessment">{t.backHome}</Link>
      </section>
    );
  } else if (!hasAnyRole(viewer, view.roles)) {
    content = (
      <section className="page">
        <h1>{t.forbidden}</h1>
      </section>
    );
  } else {
    const View = view.component;
    content = (
      <ViewErrorBoundary
        resetKey={pathname}
        fallback={(error) => (
          <section className="page" role="alert">
            <h1>{t.viewFailed}</h1>
            <p className="error">{describeError(error)}</p>
            <button type="button" className="btn" onClick={() => location.reload()}>
              {t.reload}
            </button>
          </section>
        )}
      >
        <Suspense fallback={<div className="page-skeleton" role="status" aria-label={t.loading} />}>
          <View />
        </Suspense>
      </ViewErrorBoundary>
    );
  }

  return (
    <div className="shell">
      <header className="top-bar">
        <Link href="/assessment" className="brand">
          {t.product}
          <span className="brand__sub">{t.productSub}</span>
        </Link>
        <div className="top-bar__controls">
          <YearPicker />
          {can(viewer, "openYear") && <NewYearButton />}
          <LanguageSwitch />
          <UserMenu />
        </div>
      </header>
      <NavMenu />
      <main className="content">{content}</main>
    </div>
  );
}
