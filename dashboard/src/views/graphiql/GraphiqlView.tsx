import { lazy, Suspense, useState } from "react";
import { useLang } from "../../i18n/I18nProvider.tsx";
import { defineStrings } from "../../i18n/strings.ts";
import { useStrings } from "../../i18n/I18nProvider.tsx";

import "./graphiql-page.css";

// GraphiQL (with the Monaco editor) is megabytes: its own chunk, loaded only on this page.
const GraphiqlEditor = lazy(() => import("./GraphiqlEditor.tsx"));

const strings = defineStrings(
  { title: "GraphQL 查询", intro: "用示例查询开始;查询在当前登录身份下运行。", reset: "恢复示例查询", loading: "正在加载查询编辑器…" },
  {
    title: "GraphQL explorer",
    intro: "Start from the example queries; they run as the signed-in user.",
    reset: "Restore the example queries",
    loading: "Loading the query editor…",
  },
);

/** The analysts' GraphQL explorer, bundled (no CDN: the machines have no internet). */
export default function GraphiqlView() {
  const t = useStrings(strings);
  const { lang } = useLang();
  const [generation, setGeneration] = useState(0);
  return (
    <section className="graphiql-page">
      <header className="graphiql-page__head">
        <h1>{t.title}</h1>
        <span className="muted">{t.intro}</span>
        <button type="button" className="btn btn--small" onClick={() => setGeneration((g) => g + 1)}>
          {t.reset}
        </button>
      </header>
      <div className="graphiql-page__editor">
        <Suspense fallback={<div className="page-skeleton" role="status" aria-label={t.loading} />}>
          <GraphiqlEditor key={generation} lang={lang} resetStorage={generation > 0} />
        </Suspense>
      </div>
    </section>
  );
}
