import type { Knex } from "knex";

/**
 * Fee collection (ASSESSMENT.md §9), first part: the year's tariff and the household register.
 *
 * * `fee_tariffs`: each household class's monthly fee (yuan per household per month) for a year.
 * * `household_register`: paying households at the start of a month, per unit and class.
 *
 * The receivable is Σ households × fee, summed in SQL; both tables belong to a year and get the
 * finalised-year guard (see 20261123000200_finalization_guard_and_audit).
 * Arrears households and their dunning log come in a later migration.
 */

const HOUSEHOLD_CLASSES = ["RESIDENTIAL", "UPGRADED", "COLLECTIVE"];
const classValid = `household_class in (${HOUSEHOLD_CLASSES.map((v) => `'${v}'`).join(", ")})`;

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable("fee_tariffs", (t) => {
    t.integer("year").notNullable();
    t.text("household_class").notNullable();
    t.decimal("monthly_fee", 10, 2).notNullable();
    t.primary(["year", "household_class"]);
    t.check("year between 2000 and 2100", [], "fee_tariffs_year_range");
    t.check(classValid, [], "fee_tariffs_class_valid");
    t.check("monthly_fee >= 0", [], "fee_tariffs_fee_not_negative");
  });

  await knex.schema.createTable("household_register", (t) => {
    t.integer("unit_id").notNullable().references("units.id").onDelete("RESTRICT");
    t.integer("year").notNullable();
    t.integer("month").notNullable();
    t.text("household_class").notNullable();
    t.integer("households").notNullable();
    t.timestamp("created_at", { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.primary(["year", "unit_id", "month", "household_class"]);
    t.check("year between 2000 and 2100", [], "household_register_year_range");
    t.check("month between 1 and 12", [], "household_register_month_range");
    t.check(classValid, [], "household_register_class_valid");
    t.check("households >= 0", [], "household_register_households_not_negative");
  });

  for (const table of ["fee_tariffs", "household_register"]) {
    await knex.raw(
      `create trigger ${table}_finalized_guard before insert or update or delete on ${table} for each row execute function guard_year_row()`,
    );
  }
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable("household_register");
  await knex.schema.dropTable("fee_tariffs");
}
