import { ApolloClient, HttpLink, InMemoryCache } from "@apollo/client";

/** The interface language, sent with every request so the server's refusals come in it. */
let requestLanguage = "zh";
export function setRequestLanguage(language: string): void {
  requestLanguage = language;
}
const fetchInLanguage: typeof fetch = (input, init) =>
  fetch(input, { ...init, headers: { ...(init?.headers as Record<string, string> | undefined), "x-language": requestLanguage } });

/**
 * One client for the app. The session is an HttpOnly cookie set by `signIn`, so requests only
 * need to carry same-origin credentials; no token ever lives in JavaScript.
 */
export function createApolloClient(uri = "/graphql") {
  return new ApolloClient({
    link: new HttpLink({ uri, credentials: "same-origin", fetch: fetchInLanguage }),
    cache: new InMemoryCache({
      typePolicies: {
        // Results and schemes have no id of their own: they stay nested under the query field
        // that returned them (keyed by its arguments), so a what-if never overwrites the real one.
        Assessment: { keyFields: false },
        Scheme: { keyFields: false },
        // An account is its username: an update merges into every list that shows it.
        UserAccount: { keyFields: ["username"] },
      },
    }),
    defaultOptions: {
      // Show what is cached at once, then refresh: figures change while the clerk enters data.
      watchQuery: { fetchPolicy: "cache-and-network" },
    },
  });
}
