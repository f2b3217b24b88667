import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildSchema, isEnumType, isInputObjectType, isObjectType, isScalarType } from "graphql";
import { printSortedSchema } from "@station/server";
import { describe, expect, it } from "vitest";

const committedFile = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../schema/schema.graphql");

describe("schema/schema.graphql", () => {
  it("is what the server emits (run `pnpm schema:emit` after changing the API)", async () => {
    expect(readFileSync(committedFile, "utf8")).toBe(await printSortedSchema());
  });

  const schema = buildSchema(readFileSync(committedFile, "utf8"));

  it("describes every type, field, argument and enum value", () => {
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith("__") || (isScalarType(type) && ["String", "Int", "Float", "Boolean", "ID"].includes(type.name))) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
        }
      }
      if (isEnumType(type)) {
        for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("contains the operations and fields analysts rely on (API.md)", () => {
    const query = schema.getQueryType()!.getFields();
    const mutation = schema.getMutationType()!.getFields();
    for (const name of ["units", "unit", "contracts"]) expect(query[name], name).toBeDefined();
    for (const name of [
      "upsertUnit",
      "setContract",
      "setScheme",
      "recordRevenue",
      "recordCosts",
      "recordCallbacks",
      "recordComplaints",
      "recordDispatches",
      "submitScore",
    ]) {
      expect(mutation[name], name).toBeDefined();
    }
    const contract = schema.getType("Contract");
    expect(isObjectType(contract) && Object.keys(contract.getFields()).sort()).toEqual(
      [
        "unit",
        "year",
        "revenueTarget",
        "staffCount",
        "vehicleCount",
        // The roster's counts beside the contract's (定岗定员).
        "staffOnRoster",
        "vehiclesOnRoster",
        "baseExpense",
        "repairBudget",
        "repairBudgetFromMonth",
        "revenueCommissionRate",
        "overTargetRate",
        "underTargetDeductionRate",
        "repairSavingsRewardRate",
      ].sort(),
    );
    for (const name of [
      "Money",
      "Date",
      "UnitKind",
      "RevenueCategory",
      "CostCategory",
      "CallbackOutcome",
      "DispatchKind",
      "DispatchOutcome",
      "Dimension",
      "Grade",
    ]) {
      expect(schema.getType(name), name).toBeDefined();
    }
  });
});
