import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildSchema, parse, validate } from "graphql";
import { describe, expect, it } from "vitest";
import { EXAMPLE_QUERIES } from "./example-queries.ts";

const schema = buildSchema(readFileSync(fileURLToPath(new URL("../../../../schema/schema.graphql", import.meta.url)), "utf8"));

describe("GraphiQL example queries", () => {
  it.each(EXAMPLE_QUERIES.map((e) => [e.title.en, e] as const))("%s is valid against the schema", (_title, example) => {
    expect(validate(schema, parse(example.query))).toEqual([]);
    expect(() => JSON.parse(example.variables)).not.toThrow();
  });
});
