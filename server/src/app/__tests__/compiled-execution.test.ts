import type { GatewayExecutor, GatewayGraphQLRequestContext } from "@apollo/server-gateway-interface";
import { buildSchema, type DocumentNode, execute, type ExecutionResult, GraphQLError, type GraphQLSchema, getOperationAST, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { DomainError } from "../../common/errors.ts";
import { compiledExecution } from "../compiled-execution.ts";

// A small schema with what the real one has: nested objects, arguments with defaults, a custom
// scalar, lists, a field that fails with a domain error, a mutation taking an input object.
const schema: GraphQLSchema = buildSchema(`
  scalar Money
  enum Language { ZH EN }
  type Score { dimension: String!, score: Float, explanation(language: Language = ZH): String! }
  type Result { code: String!, total: Money!, scores: [Score!]!, failing: String }
  type Query { results(year: Int!): [Result!]!, calls: Int! }
  input EntryInput { code: String!, correction: Boolean = false }
  type Mutation { record(entries: [EntryInput!]!): [Boolean!]! }
`);
let resolverCalls = 0;
const results = [1, 2, 3].map((n) => ({
  code: `u${n}`,
  total: `${n}00.00`,
  scores: [{ dimension: "REVENUE", score: n * 10, explanationText: { ZH: `第${n}`, EN: `no. ${n}` } }],
}));
Object.assign(schema.getQueryType()!.getFields().results, {
  resolve: (_: unknown, { year }: { year: number }) => {
    resolverCalls++;
    if (year < 2000) throw new DomainError("NOT_FINALIZED", "NOT_FINALIZED", { year });
    return results;
  },
});
Object.assign(schema.getQueryType()!.getFields().calls, { resolve: () => resolverCalls });
Object.assign((schema.getType("Score") as never as { getFields(): Record<string, object> }).getFields().explanation, {
  resolve: (score: { explanationText: Record<string, string> }, { language }: { language: string }) => score.explanationText[language],
});
Object.assign((schema.getType("Result") as never as { getFields(): Record<string, object> }).getFields().failing, {
  resolve: () => {
    throw new Error("boom");
  },
});
Object.assign(schema.getMutationType()!.getFields().record, {
  resolve: (_: unknown, { entries }: { entries: { correction: boolean }[] }) => entries.map((e) => e.correction),
});

const executor: GatewayExecutor = await (async () => {
  const loaded = await compiledExecution(schema).load({ apollo: {} as never });
  return loaded.executor!;
})();

async function run(document: DocumentNode, variables: Record<string, unknown> = {}) {
  const operation = getOperationAST(document)!;
  return (await executor({
    document,
    operation,
    request: { variables },
    context: {},
    operationName: null,
  } as never as GatewayGraphQLRequestContext)) as ExecutionResult;
}

const same = async (query: string, variables: Record<string, unknown> = {}) => {
  const document = parse(query);
  const compiled = await run(document, variables);
  const interpreted = await execute({ schema, document, variableValues: variables, contextValue: {} });
  return { compiled, interpreted };
};

describe("compiled execution", () => {
  it("answers a query exactly as graphql-js does: values, defaults of arguments, nested lists", async () => {
    const { compiled, interpreted } = await same(
      "query($year: Int!) { results(year: $year) { code total scores { dimension score explanation en: explanation(language: EN) } } }",
      { year: 2025 },
    );
    expect(compiled).toEqual(interpreted);
    expect(compiled.data?.results).toHaveLength(3);
    expect(JSON.stringify(compiled)).toContain('"explanation":"第1","en":"no. 1"');
  });

  it("keeps graphql-js's refusal of a bad variable word for word, with its variable node (Apollo's BAD_USER_INPUT)", async () => {
    const { compiled, interpreted } = await same("query($year: Int!) { results(year: $year) { code } }", { year: "2025x" });
    expect(compiled.errors?.[0].message).toBe(interpreted.errors?.[0].message);
    expect(compiled.errors?.[0].message).toMatch(/^Variable "\$year" got invalid value "2025x"/);
    expect(compiled.errors?.[0].nodes?.[0].kind).toBe("VariableDefinition");
  });

  it("reports a resolver's failure with its path, locations and original error, as a graphql-js error plugins may rewrite", async () => {
    const { compiled, interpreted } = await same("{ results(year: 1990) { code } }");
    const [error] = compiled.errors!;
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error.originalError).toBeInstanceOf(DomainError);
    expect(error.path).toEqual(["results"]);
    expect(error.locations).toEqual(interpreted.errors?.[0].locations);
    expect(compiled.data).toEqual(interpreted.data);
    error.message = "rewritten"; // graphql-armor masks suggestions this way
    expect(error.message).toBe("rewritten");
    const nested = await same("{ results(year: 2025) { code failing } }");
    expect(nested.compiled.errors?.map((e) => e.path)).toEqual(nested.interpreted.errors?.map((e) => e.path));
    expect(nested.compiled.data).toEqual(nested.interpreted.data);
  });

  it("leaves mutations and input objects to graphql-js, which fills in their fields' defaults", async () => {
    const { compiled, interpreted } = await same("mutation($entries: [EntryInput!]!) { record(entries: $entries) }", {
      entries: [{ code: "a" }, { code: "b", correction: true }],
    });
    expect(compiled).toEqual({ data: { record: [false, true] } });
    expect(compiled).toEqual(interpreted);
  });

  it("compiles a document once and runs it again without resolving more than it asks for", async () => {
    const document = parse("query($year: Int!) { results(year: $year) { code } }");
    const before = resolverCalls;
    for (let i = 0; i < 3; i++) await run(document, { year: 2025 });
    expect(resolverCalls - before).toBe(3);
  });
});
