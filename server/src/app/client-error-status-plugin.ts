import type { ApolloServerPlugin } from "@apollo/server";
import type { Context } from "../app/context.ts";

/** Codes that mean "the request itself is wrong": the caller must change it, not retry it. */
const REQUEST_ERRORS = new Set(["GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED", "BAD_REQUEST"]);

/**
 * A query refused before it ran — a limit (tokens, depth, aliases, cost) or bad syntax — is the
 * caller's mistake: HTTP 400 with its code. Some limits fire while the query is parsed, which
 * Apollo would answer with 500 as if the server had failed.
 */
export function clientErrorStatusPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== "single") return;
          const { data, errors } = response.body.singleResult;
          if (data !== undefined || !errors?.length) return;
          if (errors.every((e) => REQUEST_ERRORS.has(String(e.extensions?.code)))) response.http.status = 400;
        },
      };
    },
  };
}
