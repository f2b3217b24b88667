import { useStrings } from "../i18n/I18nProvider.tsx";
import { shellStrings } from "./shell-strings.ts";

/** Placeholder for a view still being built; replaced by the view's own page. */
export function ComingSoon({ title }: { title: string }) {
  const t = useStrings(shellStrings);
  return (
    <section className="page">
      <h1>{title}</h1>
      <div className="card empty-state">
        <strong>{t.comingTitle}</strong>
        <p className="muted">{t.comingText}</p>
      </div>
    </section>
  );
}
