import type { Knex } from "knex";
import { assertYearsOpen } from "../assessment/year-guard.ts";
import { DomainError, InvalidInputError, type InvalidField } from "../common/errors.ts";
import { FieldChecker } from "../common/field-checker.ts";
import { requireUnit } from "../units/unit.service.ts";
import type { ImplementationRule, ImplementationRuleInput } from "./rule.type.ts";

const COLUMNS = ["id", "unit_id", "year", "title", "body", "filed_on", "reference"];

function toRule(row: {
  id: number;
  unit_id: number;
  year: number;
  title: string;
  body: string;
  filed_on: string;
  reference: string;
}): ImplementationRule {
  return {
    id: String(row.id),
    unitId: row.unit_id,
    unit: undefined as never, // resolved by field resolver
    year: row.year,
    title: row.title,
    text: row.body,
    filedOn: row.filed_on,
    reference: row.reference,
  };
}

export async function listRules(knex: Knex, year: number, unitId?: number): Promise<ImplementationRule[]> {
  const query = knex("implementation_rules").where({ year }).select(COLUMNS).orderBy(["unit_id", "filed_on", "id"]);
  if (unitId !== undefined) query.andWhere({ unit_id: unitId });
  return (await query).map(toRule);
}

export async function fileRule(knex: Knex, input: ImplementationRuleInput): Promise<ImplementationRule> {
  const invalid: InvalidField[] = [];
  const check = new FieldChecker(invalid);
  check.integerBetween("year", input.year, 2000, 2100);
  check.text("title", input.title, { max: 200 });
  check.text("text", input.text, { max: 50000 });
  check.reference("reference", input.reference);
  if (invalid.length > 0) throw new InvalidInputError(invalid, "implementation rules");
  await assertYearsOpen(knex, [input.year]);
  const unit = await requireUnit(knex, input.unitCode);
  const row = {
    unit_id: Number(unit.id),
    year: input.year,
    title: input.title.trim(),
    body: input.text,
    filed_on: input.filedOn,
    reference: input.reference,
  };
  return knex.transaction(async (trx) => {
    const existing = await trx("implementation_rules").where({ reference: input.reference }).forUpdate().first("unit_id", "year");
    if (existing && (existing.unit_id !== row.unit_id || existing.year !== row.year)) {
      throw new DomainError("CONFLICT", `Reference "${input.reference}" is already filed for another unit or year`, {
        field: "reference",
      });
    }
    const [saved] = await trx("implementation_rules").insert(row).onConflict("reference").merge(["title", "body", "filed_on"]).returning(COLUMNS);
    return toRule(saved);
  });
}
