import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
} from "graphql";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/test-server.ts";

/**
 * Every operation of the schema, tried by every role and anonymously, over real HTTP. Each
 * operation must appear in RULES (an operation without an explicit rule fails the test), and an
 * identity is refused exactly when the rule says so.
 */
const ALL = ["ADMIN", "COMMITTEE", "EXECUTIVE", "ANALYST", "CLERK", "STATION_HEAD"];
const READ_ALL = ["ADMIN", "COMMITTEE", "EXECUTIVE", "ANALYST", "CLERK"];
const RULES: Record<string, string[] | "PUBLIC"> = {
  viewer: "PUBLIC",
  signIn: "PUBLIC",
  signOut: "PUBLIC",
  units: ALL,
  unit: ALL,
  contracts: ALL,
  scheme: ALL,
  years: ALL,
  revenueRecords: ALL,
  costRecords: ALL,
  callbackRecords: ALL,
  complaintRecords: ALL,
  dispatchRecords: ALL,
  committeeScores: ALL,
  implementationRules: ALL,
  yearTotals: ALL,
  monthlyTotals: ALL,
  assessment: ALL,
  payroll: ALL,
  revenueProjection: ALL,
  trends: ALL,
  apiTokens: ALL,
  createApiToken: ALL,
  revokeApiToken: ALL,
  contractTotals: ALL,
  committeeMembers: READ_ALL,
  simulateAssessment: READ_ALL,
  auditLog: ["ADMIN", "COMMITTEE"],
  auditActions: ["ADMIN", "COMMITTEE"],
  upsertUnit: ["ADMIN", "COMMITTEE"],
  renameUnit: ["ADMIN", "COMMITTEE"],
  retireUnit: ["ADMIN", "COMMITTEE"],
  reopenAssessment: ["ADMIN"],
  users: ["ADMIN"],
  createUser: ["ADMIN"],
  updateUser: ["ADMIN"],
  setContract: ["CLERK", "COMMITTEE", "ADMIN"],
  recordRevenue: ["CLERK", "ADMIN"],
  recordCosts: ["CLERK", "ADMIN"],
  recordCallbacks: ["CLERK", "ADMIN"],
  recordComplaints: ["CLERK", "ADMIN"],
  recordDispatches: ["CLERK", "ADMIN"],
  fileImplementationRule: ["CLERK", "ADMIN", "STATION_HEAD"],
  acknowledgeImplementationRule: ["EXECUTIVE", "CLERK", "ADMIN"],
  scoringProgress: ALL,
  submitScores: ["COMMITTEE", "ADMIN"],
  setCommitteeMembers: ["COMMITTEE", "ADMIN"],
  openYear: ["COMMITTEE", "ADMIN"],
  openYearPreview: ["COMMITTEE", "ADMIN"],
  setUnitStaff: ["ADMIN", "COMMITTEE"],
  setUnitVehicles: ["ADMIN", "COMMITTEE"],
  voidRecord: ["CLERK", "ADMIN"],
  imports: ["CLERK", "COMMITTEE", "ADMIN"],
  setScheme: ["COMMITTEE", "ADMIN"],
  submitScore: ["COMMITTEE", "ADMIN"],
  finalizeAssessment: ["COMMITTEE", "ADMIN"],
  tariff: ALL,
  setTariff: ["COMMITTEE", "ADMIN"],
  recordHouseholds: ["CLERK", "ADMIN"],
  collection: ALL,
  collectionByMonth: ALL,
  collectionByUnit: ALL,
  arrearsHouseholds: ALL,
  dunningLog: ALL,
  arrearsAging: ALL,
  dunningByMonth: ALL,
  recordArrearsHouseholds: ["CLERK", "ADMIN"],
  setArrearsStatus: ["CLERK", "ADMIN"],
  recordDunning: ["CLERK", "ADMIN", "STATION_HEAD"],
  setOpeningArrears: ["CLERK", "ADMIN"],
};

const schema = buildSchema(readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../schema/schema.graphql"), "utf8"));

/** A valid sample for a type: harmless values in an empty year (2030) so writes change nothing that matters. */
function sample(type: GraphQLInputType, name: string): unknown {
  if (isNonNullType(type)) return sample(type.ofType, name);
  if (isListType(type)) return [sample(type.ofType, name)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((f) => isNonNullType(f.type))
        .map((f) => [f.name, sample(f.type, f.name)]),
    );
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case "Int":
        return name === "quarter" ? 1 : 2030;
      case "Float":
        return 1;
      case "Boolean":
        return false;
      case "Money":
        return "1.00";
      case "Date":
        return "2030-01-02";
      default:
        return name.toLowerCase().includes("password") ? "not-the-password" : `matrix-${name}`;
    }
  }
  throw new Error(`no sample for ${String(type)}`);
}

function operation(kind: "query" | "mutation", field: GraphQLField<unknown, unknown>) {
  const required = field.args.filter((a) => isNonNullType(a.type));
  const variables = Object.fromEntries(required.map((a) => [a.name, sample(a.type, a.name)]));
  const declarations = required.map((a) => `$${a.name}: ${String(a.type)}`).join(", ");
  const args = required.map((a) => `${a.name}: $${a.name}`).join(", ");
  const selection = isObjectType(getNamedType(field.type)) ? " { __typename }" : "";
  const document = `${kind}${declarations ? `(${declarations})` : ""} { ${field.name}${args ? `(${args})` : ""}${selection} }`;
  return { document, variables };
}

const operations = [
  ...Object.values(schema.getQueryType()!.getFields()).map((f) => ({ name: f.name, ...operation("query", f) })),
  ...Object.values(schema.getMutationType()!.getFields()).map((f) => ({ name: f.name, ...operation("mutation", f) })),
];

let server: TestServer;
const tokens: Record<string, string | null> = { ANONYMOUS: null };

beforeAll(async () => {
  server = await startTestServer();
  for (const role of ALL) {
    tokens[role] = await server.userWithRoles(`matrix-${role.toLowerCase().replace("_", "-")}`, [role], {
      unitCode: role === "STATION_HEAD" ? "north" : undefined,
      memberName: role === "COMMITTEE" ? "matrix-member" : undefined,
    });
  }
});
afterAll(() => server?.close());

describe("authorization matrix", () => {
  it("has an explicit rule for every operation of the schema", () => {
    expect(operations.map((o) => o.name).filter((name) => !(name in RULES))).toEqual([]);
    expect(Object.keys(RULES).filter((name) => !operations.some((o) => o.name === name))).toEqual([]);
  });

  it(`allows and refuses exactly by the rules (${operations.length} operations × ${ALL.length + 1} identities)`, async () => {
    const mismatches: string[] = [];
    let checked = 0;
    for (const op of operations) {
      const rule = RULES[op.name];
      for (const [identity, token] of Object.entries(tokens)) {
        const response = await server.gqlAs(token, op.document, op.variables);
        const code = response.errors?.[0]?.extensions?.code;
        const refused = code === "FORBIDDEN" || code === "UNAUTHENTICATED";
        const shouldPass = rule === "PUBLIC" || (identity !== "ANONYMOUS" && rule.includes(identity));
        // A public operation may still say UNAUTHENTICATED for wrong credentials (signIn).
        const ok = rule === "PUBLIC" ? code !== "FORBIDDEN" : shouldPass ? !refused : refused;
        if (identity === "ANONYMOUS" && rule !== "PUBLIC" && code !== "UNAUTHENTICATED") {
          mismatches.push(`${op.name} as anonymous: expected UNAUTHENTICATED, got ${code ?? "data"}`);
        } else if (!ok) {
          mismatches.push(
            `${op.name} as ${identity}: ${shouldPass ? "refused" : "allowed"} (${code ?? "data"}: ${response.errors?.[0]?.message ?? ""})`,
          );
        }
        checked++;
      }
    }
    expect(mismatches).toEqual([]);
    expect(checked).toBe(operations.length * (ALL.length + 1));
  });
});
