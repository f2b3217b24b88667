import type { ApolloServerPlugin } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import helmet from "helmet";
import { GraphQLError, Kind, type DocumentNode, type ValidationRule } from "graphql";
import type { Context } from "../app/context.ts";

/**
 * Query limits: depth, aliases, directives, tokens and cost. The figures leave room for the
 * dashboard's and analysts' real queries (an assessment with explanations is depth 7) while
 * refusing the shapes used to exhaust a server.
 */
export function queryLimits() {
  return new ApolloArmor({
    maxDepth: { n: 12 },
    maxAliases: { n: 15 },
    maxDirectives: { n: 10 },
    // Counted by graphql-js's own parser instead (see MAX_TOKENS): armor's check throws outside
    // Apollo's parse step, which then answers 500 instead of 400.
    maxTokens: { enabled: false },
    costLimit: { maxCost: 20000 },
    // Suggestions ("did you mean …") would describe the schema to anonymous callers.
    blockFieldSuggestion: { enabled: true },
  }).protect();
}

/** Most tokens a query may have; more is refused while parsing, as a 400 GRAPHQL_PARSE_FAILED. */
export const MAX_TOKENS = 4000;

/** Root fields that compute a whole year (or several): each can take a noticeable time. */
const YEAR_COMPUTATIONS = new Set(["assessment", "simulateAssessment", "trends", "payroll", "revenueProjection", "yearTotals", "monthlyTotals"]);
export const MAX_YEAR_COMPUTATIONS = 4;

/**
 * Aliases would let one request ask for the same year computation many times over; a dashboard
 * page needs at most a few, so more than MAX_YEAR_COMPUTATIONS in one operation is refused.
 */
export const limitYearComputations: ValidationRule = (context) => ({
  OperationDefinition(node) {
    const count = node.selectionSet.selections.filter((s) => s.kind === Kind.FIELD && YEAR_COMPUTATIONS.has(s.name.value)).length;
    if (count > MAX_YEAR_COMPUTATIONS) {
      context.reportError(
        new GraphQLError(
          `An operation may ask for at most ${MAX_YEAR_COMPUTATIONS} year computations (${[...YEAR_COMPUTATIONS].join(", ")}); this one asks for ${count}`,
          {
            nodes: node,
            extensions: { code: "GRAPHQL_VALIDATION_FAILED" },
          },
        ),
      );
    }
  },
});

function asksForIntrospection(document: DocumentNode): boolean {
  let found = false;
  const visit = (selections: readonly { kind: string; name?: { value: string }; selectionSet?: { selections: readonly unknown[] } }[]) => {
    for (const selection of selections) {
      if (selection.kind === Kind.FIELD && (selection.name?.value === "__schema" || selection.name?.value === "__type")) found = true;
      if (selection.selectionSet) visit(selection.selectionSet.selections as never);
    }
  };
  for (const definition of document.definitions) {
    if ("selectionSet" in definition && definition.selectionSet) visit(definition.selectionSet.selections as never);
  }
  return found;
}

/** The schema describes itself only to signed-in users. */
export function introspectionForSignedInOnly(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, contextValue }) {
          if (!contextValue.viewer && asksForIntrospection(document)) {
            throw new GraphQLError("Sign in to read the schema", { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });
          }
        },
      };
    },
  };
}

/** Security headers for the dashboard and the API (everything is served from this origin). */
export function securityHeaders() {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        "script-src": ["'self'"],
        // Recharts and GraphiQL set inline styles.
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:"],
        "worker-src": ["'self'", "blob:"],
        "connect-src": ["'self'"],
        "font-src": ["'self'", "data:"],
      },
    },
    // HSTS only makes sense behind HTTPS, which a reverse proxy terminates; it sets its own.
    strictTransportSecurity: false,
  });
}
