import {
  buildSchema,
  getNamedType,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLObjectType,
  isEnumType,
  isInputObjectType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from "graphql";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDatasetThroughApi, readWorkedExample } from "../support/load-dataset.ts";
import { FINALIZE } from "../support/operations.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

/**
 * The station-head rule, checked for every query of the schema that takes a year: signed in as
 * the north station's head, an open year shows north's figures only; once finalised, every unit.
 * The queries and the path to their units are derived from the schema, so a new query is checked
 * without anyone remembering to add it — and one whose units cannot be found must be listed
 * below with the reason it shows no unit's figures.
 */
const NO_UNIT_FIGURES: Record<string, string> = {
  scheme: "the committee's parameters, the same for every unit",
  auditLog: "administrators and the committee only",
  simulateAssessment: "readers of every unit only (READ_ALL)",
  contractTotals: "a sum (checked separately below)",
  committeeMembers: "the names of the year's committee members, no unit's figures (readers of every unit only)",
  openYearPreview: "the committee and administrators only",
  tariff: "the year's fees per household class, the same for every unit",
};

const schema = buildSchema(readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../schema/schema.graphql"), "utf8"));

/** A selection reaching `unit { code }` from a type, or null when there is none within 3 levels. */
function unitSelection(type: GraphQLNamedType, depth = 0): string | null {
  if (!isObjectType(type) || depth > 3) return null;
  const fields = (type as GraphQLObjectType).getFields();
  if (fields.unit && getNamedType(fields.unit.type).name === "Unit") return "unit { code }";
  for (const field of Object.values(fields)) {
    if (field.args.some((a) => isNonNullType(a.type))) continue;
    const inner = unitSelection(getNamedType(field.type), depth + 1);
    if (inner) return `${field.name} { ${inner} }`;
  }
  return null;
}

function sampleArgument(field: GraphQLField<unknown, unknown>, year: number): string {
  return field.args
    .filter((a) => isNonNullType(a.type))
    .map((a) => {
      const type = getNamedType(a.type);
      if (a.name === "year" || a.name === "fromYear" || a.name === "toYear") return `${a.name}: ${year}`;
      if (isInputObjectType(type) && type.getFields().year) return `${a.name}: { year: ${year} }`;
      if (isEnumType(type)) return `${a.name}: ${type.getValues()[0].name}`;
      if (isScalarType(type) && type.name === "Int") return `${a.name}: 1`;
      return `${a.name}: "x"`;
    })
    .join(", ");
}

const yearQueries = Object.values(schema.getQueryType()!.getFields()).filter((field) =>
  field.args.some(
    (a) =>
      a.name === "year" ||
      a.name === "fromYear" ||
      (isInputObjectType(getNamedType(a.type)) && "year" in (getNamedType(a.type) as never as { getFields(): object }).getFields()),
  ),
);

function codesIn(value: unknown, found: Set<string> = new Set()): Set<string> {
  if (Array.isArray(value)) for (const item of value) codesIn(item, found);
  else if (value && typeof value === "object") {
    for (const [key, inner] of Object.entries(value)) {
      if (key === "unit" && inner && typeof inner === "object" && "code" in inner) found.add(String((inner as { code: string }).code));
      else codesIn(inner, found);
    }
  }
  return found;
}

let server: TestServer;
let head: string;

beforeAll(async () => {
  server = await startTestServer();
  await loadDatasetThroughApi(server, readWorkedExample());
  head = await server.userWithRoles("scope-head", ["STATION_HEAD"], { unitCode: "north" });
});
afterAll(() => server?.close());

describe("the viewer scope of a station head", () => {
  it("is checked for every query that takes a year (or is explicitly exempt)", () => {
    const unchecked = yearQueries.filter((f) => !(f.name in NO_UNIT_FIGURES) && unitSelection(getNamedType(f.type)) === null).map((f) => f.name);
    expect(unchecked).toEqual([]);
    expect(yearQueries.length).toBeGreaterThan(10);
  });

  const checked = yearQueries.filter((f) => !(f.name in NO_UNIT_FIGURES));

  it(`shows only the head's own unit in an open year (${checked.length} queries)`, async () => {
    const leaks: string[] = [];
    for (const field of checked) {
      const args = sampleArgument(field, 2025);
      const response = await server.gqlAs(head, `{ ${field.name}${args ? `(${args})` : ""} { ${unitSelection(getNamedType(field.type))} } }`);
      expect(response.errors, field.name).toBeUndefined();
      const codes = [...codesIn(response.data)];
      if (codes.some((c) => c !== "north")) leaks.push(`${field.name}: ${codes.join(", ")}`);
    }
    expect(leaks).toEqual([]);
  });

  it("sums only the head's own unit in the contracts' 合计", async () => {
    const own = await server.gqlAs(head, "{ contractTotals(year: 2025) { unitCount revenueTarget } }");
    expect(own.data.contractTotals).toEqual({ unitCount: 1, revenueTarget: "3200000.00" });
  });

  it("shows every unit once the year is finalised", async () => {
    expect((await server.gql(FINALIZE, { year: 2025 })).errors).toBeUndefined();
    const response = await server.gqlAs(head, "{ assessment(year: 2025) { results { unit { code } } } contracts(year: 2025) { unit { code } } }");
    expect(response.data.assessment.results).toHaveLength(5);
    expect(response.data.contracts).toHaveLength(5);
  });
});
