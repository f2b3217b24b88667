import type { ApolloServerPlugin } from "@apollo/server";
import { HeaderMap } from "@apollo/server";
import type { Context } from "../app/context.ts";

/** Seconds a client is asked to wait before retrying while the database is away (the supervisor restarts it within a few). */
export const RETRY_AFTER_SECONDS = 5;

/** The HTTP head of an answer "the database is unavailable": 503 with Retry-After. */
export function unavailableHttpHead(): { status: number; headers: HeaderMap } {
  return { status: 503, headers: new HeaderMap([["retry-after", String(RETRY_AFTER_SECONDS)]]) };
}

/**
 * Operations that failed because the database could not be reached answer HTTP 503, not 200 or
 * 500: proxies, load balancers and clients then know to retry. (A failure while building the
 * request context gets the same head from create-app.ts, as no plugin sees that one.)
 */
export function unavailableStatusPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== "single") return;
          const errors = response.body.singleResult.errors ?? [];
          if (!errors.some((e) => e.extensions?.code === "DATABASE_UNAVAILABLE")) return;
          const head = unavailableHttpHead();
          response.http.status = head.status;
          for (const [name, value] of head.headers) response.http.headers.set(name, value);
        },
      };
    },
  };
}
