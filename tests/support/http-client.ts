/** GraphQL over HTTP to a server process, with a session cookie or a bearer token when given. */
export interface Credentials {
  cookie?: string;
  token?: string;
}

export function graphqlClient(url: string) {
  const post = (body: { query: string; variables?: Record<string, unknown> }, auth: Credentials = {}) =>
    fetch(`${url}/graphql`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "accept-language": "en",
        ...(auth.cookie ? { cookie: auth.cookie } : {}),
        ...(auth.token ? { authorization: `Bearer ${auth.token}` } : {}),
      },
      body: JSON.stringify(body),
    });
  return {
    post,
    gql: async <T = any>(query: string, variables?: Record<string, unknown>, auth?: Credentials): Promise<{ data?: T; errors?: any[] }> =>
      (await post({ query, variables }, auth)).json(),
  };
}
