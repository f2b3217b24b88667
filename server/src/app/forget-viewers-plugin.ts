import type { ApolloServerPlugin } from "@apollo/server";
import type { ViewerCache } from "../auth/viewer-cache.ts";
import type { Context } from "./context.ts";

/**
 * After any mutation this instance forgets the viewers it keeps (viewer-cache.ts), before its
 * answer leaves: a sign-out, a revoked token or a changed user is then gone here even before
 * PostgreSQL's notice of it arrives (which clears every other instance). Mutations are rare next
 * to reads, so forgetting them all costs little.
 */
export function forgetViewersAfterMutations(cache: ViewerCache): ApolloServerPlugin<Context> {
  // One listener for every request: it needs nothing of a request but its operation.
  const listener = {
    async willSendResponse({ operation }: { operation?: { operation: string } }) {
      if (operation?.operation === "mutation") cache.clear();
    },
  };
  return {
    async requestDidStart() {
      return listener;
    },
  };
}
