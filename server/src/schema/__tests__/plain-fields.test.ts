import { isObjectType } from "graphql";
import { getMetadataStorage } from "type-graphql";
import { describe, expect, it } from "vitest";
import { getSchema } from "../build-schema.ts";

/**
 * A plain field (a property of the object a resolver returned) must have no resolver of its own:
 * graphql-jit then reads the property inline, where type-graphql's wrapper cost a call and an
 * object per field (60,000 fields in a 1,000-unit assessment). Every object type says
 * `simpleResolvers: true`; only its @FieldResolver methods resolve.
 */
describe("the schema's object types", () => {
  it("resolve only the fields that have a @FieldResolver; every other field is read as a property", async () => {
    const schema = await getSchema();
    const fieldResolvers = new Set(getMetadataStorage().fieldResolvers.map((f) => `${f.getObjectType?.()?.name}.${f.schemaName}`));
    const wrapped: string[] = [];
    let plain = 0;
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith("__") || type === schema.getQueryType() || type === schema.getMutationType()) continue;
      for (const field of Object.values(type.getFields())) {
        const resolved = fieldResolvers.has(`${type.name}.${field.name}`);
        if (field.resolve && !resolved) wrapped.push(`${type.name}.${field.name}`);
        if (!field.resolve) plain++;
      }
    }
    expect(wrapped).toEqual([]);
    expect(plain).toBeGreaterThan(200);
  });
});
