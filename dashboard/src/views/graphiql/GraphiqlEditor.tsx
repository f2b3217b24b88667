import "graphiql/setup-workers/vite";
import "graphiql/style.css";
import { GraphiQL } from "graphiql";
import type { Lang } from "../../i18n/language.ts";
import { EXAMPLE_QUERIES } from "./example-queries.ts";

/** Runs operations with the session cookie, like the rest of the dashboard. */
async function fetcher(params: unknown) {
  const response = await fetch("/graphql", {
    method: "POST",
    credentials: "same-origin",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify(params),
  });
  return response.json();
}

const STORAGE_PREFIX = "graphiql:";

/** Forgets the analyst's edited tabs so the examples come back. */
function clearStoredTabs() {
  for (const key of Object.keys(localStorage)) if (key.startsWith(STORAGE_PREFIX)) localStorage.removeItem(key);
}

export default function GraphiqlEditor({ lang, resetStorage }: { lang: Lang; resetStorage: boolean }) {
  if (resetStorage) clearStoredTabs();
  const tabs = EXAMPLE_QUERIES.map((example) => ({ query: example.query, variables: example.variables }));
  // GraphiQL 5 fills the first tab's variables editor from `initialVariables` only, not from
  // defaultTabs; pass them on a first visit (later visits restore the analyst's own tabs).
  const firstVisit = localStorage.getItem(`${STORAGE_PREFIX}tabState`) === null;
  return (
    <GraphiQL
      fetcher={fetcher}
      defaultTabs={tabs}
      initialVariables={firstVisit ? tabs[0].variables : undefined}
      defaultEditorToolsVisibility="variables"
      forcedTheme="light"
    >
      <GraphiQL.Logo>{lang === "zh" ? "片站绩效考核 API" : "Station assessment API"}</GraphiQL.Logo>
    </GraphiQL>
  );
}
