import type { Knex } from "knex";
import { InvalidInputError, NotFoundError } from "../common/errors.ts";
import { FieldChecker } from "../common/field-checker.ts";
import type { InvalidField } from "../common/errors.ts";
import { findUnitsByCodes, upsertUnitRow, type UnitChanges } from "./unit.repository.ts";
import type { Unit } from "./unit.type.ts";

const CODE_PATTERN = /^[a-z][a-z0-9_-]{0,31}$/;

export function validateUnit(input: UnitChanges): void {
  const invalid: InvalidField[] = [];
  const check = new FieldChecker(invalid);
  if (!CODE_PATTERN.test(input.code)) {
    check.fail("code", "must be lower-case letters, digits, - or _, start with a letter, at most 32 characters");
  }
  check.text("name", input.name, { max: 100 });
  check.text("region", input.region, { min: 0, max: 500 });
  check.text("headName", input.headName, { min: 0, max: 50 });
  check.text("deputyHeadName", input.deputyHeadName, { min: 0, max: 50 });
  if (invalid.length > 0) throw new InvalidInputError(invalid, "unit");
}

export async function saveUnit(knex: Knex, input: UnitChanges): Promise<Unit> {
  validateUnit(input);
  return upsertUnitRow(knex, { ...input, name: input.name.trim() });
}

/** Resolves unit codes to units, failing with NOT_FOUND naming every unknown code. */
export async function requireUnit(knex: Knex, code: string): Promise<Unit> {
  const [unit] = await findUnitsByCodes(knex, [code]);
  if (!unit) throw new NotFoundError(`No unit has the code "${code}"`, { unitCode: code });
  return unit;
}
