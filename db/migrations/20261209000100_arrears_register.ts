import type { Knex } from "knex";

/**
 * Fee collection (ASSESSMENT.md §9), second part: the arrears register (欠费户) and its dunning
 * log (催缴记录).
 *
 * * `arrears_households`: a unit's household in arrears as the year's register holds it on
 *   1 January — household reference (户号, unique per unit and year), name, contact, address,
 *   years in arrears, amount owed and status. An `UNCOLLECTABLE` status carries its reason.
 *   The year's opening arrears of a unit is the sum of its households' amounts.
 * * `dunning_actions`: what was done to collect from a household — the day (in the household's
 *   year), the method, the outcome and the amount it brought in.
 *
 * Both belong to a year and get the finalised-year guard (see 20261123000200_finalization_guard_and_audit).
 */

const STATUSES = ["OPEN", "PAID", "UNCOLLECTABLE"];
const METHODS = ["NOTICE", "PHONE", "SMS", "VISIT"];
const inList = (column: string, values: string[]) => `${column} in (${values.map((v) => `'${v}'`).join(", ")})`;

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable("arrears_households", (t) => {
    t.bigIncrements("id");
    t.integer("unit_id").notNullable().references("units.id").onDelete("RESTRICT");
    t.integer("year").notNullable();
    t.text("reference").notNullable();
    t.text("name").notNullable();
    t.text("contact").notNullable().defaultTo("");
    t.text("address").notNullable().defaultTo("");
    t.decimal("years_in_arrears", 4, 1).notNullable();
    t.decimal("amount_owed", 14, 2).notNullable();
    t.text("status").notNullable().defaultTo("OPEN");
    t.text("status_reason");
    t.text("status_changed_by");
    t.timestamp("status_changed_at", { useTz: true });
    t.timestamp("created_at", { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.unique(["year", "unit_id", "reference"]);
    t.check("year between 2000 and 2100", [], "arrears_households_year_range");
    t.check(inList("status", STATUSES), [], "arrears_households_status_valid");
    t.check("status <> 'UNCOLLECTABLE' or length(trim(coalesce(status_reason, ''))) > 0", [], "arrears_households_uncollectable_reason");
    t.check("amount_owed >= 0", [], "arrears_households_amount_not_negative");
    t.check("years_in_arrears >= 0", [], "arrears_households_years_not_negative");
    t.check("length(reference) between 1 and 100", [], "arrears_households_reference_length");
    t.check("length(name) between 1 and 50", [], "arrears_households_name_length");
  });

  await knex.schema.createTable("dunning_actions", (t) => {
    t.bigIncrements("id");
    t.bigInteger("household_id").notNullable().references("arrears_households.id").onDelete("RESTRICT");
    t.integer("year").notNullable();
    t.date("action_date").notNullable();
    t.text("method").notNullable();
    t.text("outcome").notNullable().defaultTo("");
    t.decimal("amount_paid", 14, 2).notNullable().defaultTo(0);
    t.timestamp("created_at", { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(["household_id", "action_date"], "dunning_actions_household_idx");
    t.index(["year", "action_date"], "dunning_actions_year_idx");
    t.check("extract(year from action_date) = year", [], "dunning_actions_date_in_year");
    t.check(inList("method", METHODS), [], "dunning_actions_method_valid");
    t.check("amount_paid >= 0", [], "dunning_actions_amount_not_negative");
  });

  for (const table of ["arrears_households", "dunning_actions"]) {
    await knex.raw(
      `create trigger ${table}_finalized_guard before insert or update or delete on ${table} for each row execute function guard_year_row()`,
    );
  }
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable("dunning_actions");
  await knex.schema.dropTable("arrears_households");
}
