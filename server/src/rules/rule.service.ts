import type { Knex } from "knex";
import type { ViewerScope } from "../auth/viewer-scope.ts";
import { DomainError } from "../common/errors.ts";
import { requireUnit } from "../units/unit.service.ts";
import { assertYearsOpen } from "../years/finalized-years.ts";
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
    year: row.year,
    title: row.title,
    text: row.body,
    filedOn: row.filed_on,
    reference: row.reference,
  };
}

export async function listRules(knex: Knex, scope: ViewerScope, year: number, unitCode?: string | null): Promise<ImplementationRule[]> {
  const query = knex("implementation_rules").where({ year }).select(COLUMNS).orderBy(["unit_id", "filed_on", "id"]);
  if (unitCode) query.andWhere({ unit_id: Number((await requireUnit(knex, unitCode)).id) });
  await scope.restrict(query, "unit_id", year);
  return (await query).map(toRule);
}

export async function fileRule(knex: Knex, input: ImplementationRuleInput): Promise<ImplementationRule> {
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
      throw new DomainError("CONFLICT", "RULE_REFERENCE_CONFLICT", { reference: input.reference }, { field: "reference" });
    }
    const [saved] = await trx("implementation_rules").insert(row).onConflict("reference").merge(["title", "body", "filed_on"]).returning(COLUMNS);
    return toRule(saved);
  });
}
