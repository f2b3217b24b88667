import type { Knex } from "knex";

/**
 * Fee collection (ASSESSMENT.md §9): a unit's opening arrears for a year "is the sum of its arrears
 * households' amounts on 1 January, or an entered figure". `opening_arrears` holds the entered
 * figure; where a unit has one for the year it replaces the register's sum. It belongs to a year
 * and gets the finalised-year guard (see 20261123000200_finalization_guard_and_audit).
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable("opening_arrears", (t) => {
    t.integer("unit_id").notNullable().references("units.id").onDelete("RESTRICT");
    t.integer("year").notNullable();
    t.decimal("amount", 14, 2).notNullable();
    t.timestamp("updated_at", { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.primary(["year", "unit_id"]);
    t.check("year between 2000 and 2100", [], "opening_arrears_year_range");
    t.check("amount >= 0", [], "opening_arrears_amount_not_negative");
  });
  await knex.raw(
    "create trigger opening_arrears_finalized_guard before insert or update or delete on opening_arrears for each row execute function guard_year_row()",
  );
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable("opening_arrears");
}
