import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError } from "graphql";
import { DomainError } from "../common/errors.ts";
import type { Context } from "../app/context.ts";

/**
 * A change carried by a session cookie must come from this site's own pages (or an origin the
 * configuration allows). SameSite=Strict already keeps the cookie off most cross-site requests;
 * this closes the rest (old browsers, same-site subdomains). The Origin header — or Referer when
 * a browser sends no Origin — is compared with the Host the request was sent to. A request with
 * neither header is not a browser's and carries no ambient credentials worth forging; scripts
 * that sign in with a token are never affected.
 */
export function foreignOrigin(headers: { origin?: string; referer?: string; host?: string }, allowedOrigins: readonly string[]): string | null {
  const claimed = headers.origin ?? originOf(headers.referer);
  if (!claimed || claimed === "null") return claimed === "null" ? "null" : null;
  if (allowedOrigins.includes(claimed)) return null;
  let host: string;
  try {
    host = new URL(claimed).host;
  } catch {
    return claimed;
  }
  return host === headers.host ? null : claimed;
}

function originOf(referer: string | undefined): string | undefined {
  if (!referer) return undefined;
  try {
    return new URL(referer).origin;
  } catch {
    return referer;
  }
}

export function originCheckPlugin(allowedOrigins: readonly string[]): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ request }) {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation !== "mutation" || contextValue.viewer?.via !== "session") return;
          const headers = request.http?.headers;
          const foreign = foreignOrigin(
            { origin: headers?.get("origin") ?? undefined, referer: headers?.get("referer") ?? undefined, host: headers?.get("host") ?? undefined },
            allowedOrigins,
          );
          if (foreign !== null) {
            const refusal = new DomainError("FORBIDDEN", "ORIGIN_NOT_ALLOWED", { origin: foreign.slice(0, 100) }, { reason: "ORIGIN_NOT_ALLOWED" });
            throw new GraphQLError(refusal.message, { originalError: refusal, extensions: { http: { status: 403 } } });
          }
        },
      };
    },
  };
}
