import type { ApolloServerPlugin } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";
import { DomainError } from "../common/errors.ts";
import type { Context } from "../app/context.ts";
import { isDatabaseUnavailable } from "./database-unavailable.ts";

/**
 * Logs each operation, and every unexpected error in full (the caller sees only the request id;
 * withRequestId in request-id.ts puts it in the answer). A database that cannot be reached is a
 * warning with the driver's message: it is expected while PostgreSQL restarts.
 */
export function loggingPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ contextValue }) {
      const started = performance.now();
      return {
        async didEncounterErrors({ errors, operationName }) {
          for (const error of errors) {
            const original = unwrapResolverError(error);
            const code = error.extensions?.code;
            if (original instanceof DomainError || (typeof code === "string" && code !== "INTERNAL_SERVER_ERROR")) continue;
            if (isDatabaseUnavailable(error)) {
              contextValue.logger.warn(
                { reason: original instanceof Error ? original.message : String(original), operationName, path: error.path },
                "database unavailable",
              );
              continue;
            }
            contextValue.logger.error({ err: original, operationName, path: error.path }, "unexpected error");
          }
        },
        async willSendResponse({ response, operationName }) {
          contextValue.logger.info(
            {
              operationName,
              ms: Math.round(performance.now() - started),
              errors: response.body.kind === "single" ? (response.body.singleResult.errors?.length ?? 0) : 0,
            },
            "graphql",
          );
        },
      };
    },
  };
}
