import type { ApolloServerPlugin } from "@apollo/server";
import { unwrapResolverError } from "@apollo/server/errors";
import { DomainError } from "../common/errors.ts";
import type { Context } from "../common/context.ts";

/** Logs each operation, and every unexpected error in full (the caller sees only the request id). */
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
            contextValue.logger.error({ err: original, operationName, path: error.path }, "unexpected error");
          }
        },
        async willSendResponse({ response, operationName }) {
          if (response.body.kind === "single") {
            for (const error of response.body.singleResult.errors ?? []) {
              if (error.extensions?.code === "INTERNAL_SERVER_ERROR") {
                (error.extensions as Record<string, unknown>).requestId = contextValue.requestId;
              }
            }
          }
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
