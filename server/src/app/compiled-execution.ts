import type { GatewayExecutor, GatewayInterface } from "@apollo/server-gateway-interface";
import {
  type DocumentNode,
  type ExecutionResult,
  execute,
  getNamedType,
  getVariableValues,
  GraphQLError,
  type GraphQLSchema,
  isInputObjectType,
  type OperationDefinitionNode,
  typeFromAST,
} from "graphql";
import { type CompiledQuery, compileQuery, isCompiledQuery } from "graphql-jit";

/**
 * Runs queries as JavaScript compiled for their document (graphql-jit) instead of graphql-js's
 * interpreter, which walks the document again for every object of the answer: a 1,000-unit
 * assessment resolves some 60,000 fields, and the interpreter spent most of a cached read's time
 * (argument coercion per field, a promise per object) and its garbage.
 *
 * Apollo Server's only door for another executor is its gateway interface: this "gateway" serves
 * the one local schema and replaces execution alone. Parsing, validation (with the query limits),
 * every plugin hook, error formatting and HTTP status stay Apollo's.
 */
export function compiledExecution(schema: GraphQLSchema): GatewayInterface {
  return {
    async load() {
      return { executor: compiledExecutor(schema) };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: "" });
      return () => {};
    },
    async stop() {},
  };
}

/** How one operation of a document runs: compiled, or by graphql-js itself. */
type Plan = { compiled: CompiledQuery } | { compiled: null };

/**
 * graphql-js keeps what graphql-jit does differently from it: mutations (small answers, run in
 * order), and operations taking input objects (graphql-jit does not fill in their fields'
 * defaults). Variables are always checked by graphql-js first, so a refusal keeps its exact
 * wording and the entry and field it names (format-error.ts reads them).
 */
function planFor(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, operationName?: string): Plan {
  if (operation.operation !== "query") return { compiled: null };
  const takesInputObjects = (operation.variableDefinitions ?? []).some((definition) => {
    const type = typeFromAST(schema, definition.type);
    return type !== undefined && isInputObjectType(getNamedType(type));
  });
  if (takesInputObjects) return { compiled: null };
  const compiled = compileQuery(schema, document, operationName);
  return { compiled: isCompiledQuery(compiled) ? compiled : null };
}

function compiledExecutor(schema: GraphQLSchema): GatewayExecutor {
  // Apollo's document store hands the same document object back for the same query text.
  const plans = new WeakMap<DocumentNode, Map<string, Plan>>();
  const planOf = (document: DocumentNode, operation: OperationDefinitionNode, operationName?: string) => {
    const byOperation = plans.get(document) ?? new Map<string, Plan>();
    plans.set(document, byOperation);
    const key = operationName ?? "";
    const plan = byOperation.get(key) ?? planFor(schema, document, operation, operationName);
    byOperation.set(key, plan);
    return plan;
  };
  return async ({ document, operation, request, context, operationName }) => {
    const name = operationName ?? undefined;
    const variables = request.variables ?? {};
    const interpreted = () => execute({ schema, document, contextValue: context, variableValues: variables, operationName: name });
    const { compiled } = planOf(document, operation, name);
    if (!compiled) return interpreted();
    if (getVariableValues(schema, operation.variableDefinitions ?? [], variables).errors) return interpreted();
    const result: ExecutionResult = await compiled.query(undefined, context, variables);
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
  };
}

/**
 * graphql-jit's errors look like graphql-js's but their properties are read-only, and plugins
 * (graphql-armor's suggestion masking) rewrite messages in place: each becomes a graphql-js error
 * with the same message, locations, path, extensions and original error.
 */
function asGraphQLError(error: GraphQLError): GraphQLError {
  const copy = new GraphQLError(error.message, { path: error.path, originalError: error.originalError, extensions: error.extensions });
  (copy as { locations?: GraphQLError["locations"] }).locations = error.locations;
  return copy;
}
