import type { Knex } from "knex";

/**
 * The whole domain of ASSESSMENT.md §1–3: units, their yearly contracts, the year's scheme,
 * the ledgers recorded during the year, committee scores, implementation-rule filings and the
 * tables that will hold frozen year-end results.
 *
 * Money is numeric(14,2) (exact to the fen, up to 999,999,999,999.99 yuan); rates are
 * numeric(5,2) percentages. What must never be stored is refused by check constraints, so a
 * bad row cannot get in even by hand-written SQL.
 */

const UNIT_KINDS = ["STATION", "FEE_HALL", "COLLECTIVE_GROUP"];
const REVENUE_CATEGORIES = ["VIEWING_FEE", "INSPECTION_FEE", "ARREARS"];
const COST_CATEGORIES = ["REPAIR_MATERIAL", "SALARY", "OVERTIME", "MEALS", "COMMUNICATION", "VEHICLE", "OTHER"];
const CALLBACK_OUTCOMES = ["SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED"];
const DISPATCH_KINDS = ["EMERGENCY_REPAIR", "INSPECTION", "OTHER"];
const DISPATCH_OUTCOMES = ["ON_TIME", "LATE", "REFUSED"];
const COMMITTEE_DIMENSIONS = ["SATISFACTION", "COOPERATION"];

const inList = (column: string, values: string[]) => `${column} in (${values.map((v) => `'${v}'`).join(", ")})`;

/** Columns every ledger table shares: who, when, what receipt, when entered. */
function ledgerColumns(knex: Knex, table: Knex.CreateTableBuilder, name: string) {
  table.bigIncrements("id");
  table.integer("unit_id").notNullable().references("units.id").onDelete("RESTRICT");
  table.date("record_date").notNullable();
  table.text("reference").notNullable().unique();
  table.timestamp("created_at", { useTz: true }).notNullable().defaultTo(knex.fn.now());
  table.check("length(reference) between 1 and 100", [], `${name}_reference_length`);
  table.check("record_date between '2000-01-01' and '2100-12-31'", [], `${name}_date_range`);
}

/**
 * "One unit's records of one year" and "all units' totals of one year" are both range scans on
 * record_date; (unit_id, record_date) serves the first, (record_date, unit_id) the second.
 */
function ledgerIndexes(table: Knex.CreateTableBuilder, name: string) {
  table.index(["unit_id", "record_date"], `${name}_unit_date_idx`);
  table.index(["record_date", "unit_id"], `${name}_date_unit_idx`);
}

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable("units", (t) => {
    t.increments("id");
    t.text("code").notNullable().unique();
    t.text("name").notNullable();
    t.text("kind").notNullable();
    t.text("region");
    t.text("head_name");
    t.text("deputy_head_name");
    t.boolean("retired").notNullable().defaultTo(false);
    t.timestamp("created_at", { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp("updated_at", { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.check("code ~ '^[a-z][a-z0-9_-]{0,31}$'", [], "units_code_format");
    t.check("length(name) between 1 and 100", [], "units_name_length");
    t.check(inList("kind", UNIT_KINDS), [], "units_kind_valid");
  });

  await knex.schema.createTable("contracts", (t) => {
    t.increments("id");
    t.integer("unit_id").notNullable().references("units.id").onDelete("RESTRICT");
    t.integer("year").notNullable();
    t.decimal("revenue_target", 14, 2).notNullable();
    t.integer("staff_count").notNullable();
    t.integer("vehicle_count").notNullable();
    t.decimal("base_expense", 14, 2).notNullable();
    t.decimal("repair_budget", 14, 2).notNullable();
    t.integer("repair_budget_from_month").notNullable();
    t.decimal("revenue_commission_rate", 5, 2).notNullable();
    t.decimal("over_target_rate", 5, 2).notNullable();
    t.decimal("under_target_deduction_rate", 5, 2).notNullable();
    t.decimal("repair_savings_reward_rate", 5, 2).notNullable();
    t.timestamp("updated_at", { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.unique(["unit_id", "year"]);
    t.index(["year"], "contracts_year_idx");
    t.check("year between 2000 and 2100", [], "contracts_year_range");
    // A target of 0 is invalid for an assessed unit (completion would divide by zero).
    t.check("revenue_target > 0", [], "contracts_revenue_target_positive");
    t.check("staff_count >= 0 and vehicle_count >= 0", [], "contracts_counts_non_negative");
    t.check("base_expense >= 0 and repair_budget >= 0", [], "contracts_money_non_negative");
    t.check("repair_budget_from_month between 1 and 12", [], "contracts_month_range");
    for (const rate of ["revenue_commission_rate", "over_target_rate", "under_target_deduction_rate", "repair_savings_reward_rate"]) {
      t.check(`${rate} between 0 and 100`, [], `contracts_${rate}_range`);
    }
  });

  // The committee's scheme for one year; parameters are validated by the server and kept as
  // JSON so a new parameter does not need a migration. No row means the defaults apply.
  await knex.schema.createTable("schemes", (t) => {
    t.integer("year").primary();
    t.jsonb("parameters").notNullable();
    t.timestamp("updated_at", { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.check("year between 2000 and 2100", [], "schemes_year_range");
  });

  await knex.schema.createTable("revenue_records", (t) => {
    ledgerColumns(knex, t, "revenue");
    t.text("category").notNullable();
    t.decimal("amount", 14, 2).notNullable();
    // 冲红: a correction reverses (part of) an earlier remittance and is the only negative amount.
    t.boolean("is_correction").notNullable().defaultTo(false);
    t.check(inList("category", REVENUE_CATEGORIES), [], "revenue_category_valid");
    t.check("(is_correction and amount < 0) or (not is_correction and amount >= 0)", [], "revenue_amount_sign");
    ledgerIndexes(t, "revenue");
  });

  await knex.schema.createTable("cost_records", (t) => {
    ledgerColumns(knex, t, "cost");
    t.text("category").notNullable();
    t.decimal("amount", 14, 2).notNullable();
    // 保修期内以旧换新: recorded, never counted as cost; only repair material can be exchanged.
    t.boolean("warranty_exchange").notNullable().defaultTo(false);
    t.check(inList("category", COST_CATEGORIES), [], "cost_category_valid");
    t.check("amount >= 0", [], "cost_amount_non_negative");
    t.check("not warranty_exchange or category = 'REPAIR_MATERIAL'", [], "cost_warranty_only_repair");
    ledgerIndexes(t, "cost");
  });

  await knex.schema.createTable("callbacks", (t) => {
    ledgerColumns(knex, t, "callback");
    t.text("outcome").notNullable();
    t.check(inList("outcome", CALLBACK_OUTCOMES), [], "callback_outcome_valid");
    ledgerIndexes(t, "callback");
  });

  await knex.schema.createTable("complaints", (t) => {
    ledgerColumns(knex, t, "complaint");
    t.boolean("is_repeat").notNullable().defaultTo(false);
    ledgerIndexes(t, "complaint");
  });

  await knex.schema.createTable("dispatch_orders", (t) => {
    ledgerColumns(knex, t, "dispatch");
    t.text("kind").notNullable();
    t.text("outcome").notNullable();
    t.check(inList("kind", DISPATCH_KINDS), [], "dispatch_kind_valid");
    t.check(inList("outcome", DISPATCH_OUTCOMES), [], "dispatch_outcome_valid");
    ledgerIndexes(t, "dispatch");
  });

  await knex.schema.createTable("committee_members", (t) => {
    t.increments("id");
    t.text("name").notNullable().unique();
    t.timestamp("created_at", { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.check("length(name) between 1 and 100", [], "committee_members_name_length");
  });

  await knex.schema.createTable("committee_scores", (t) => {
    t.bigIncrements("id");
    t.integer("year").notNullable();
    t.integer("unit_id").notNullable().references("units.id").onDelete("RESTRICT");
    t.integer("member_id").notNullable().references("committee_members.id").onDelete("RESTRICT");
    t.text("dimension").notNullable();
    t.decimal("score", 5, 2).notNullable();
    t.text("comment");
    t.timestamp("created_at", { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.timestamp("updated_at", { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.unique(["year", "unit_id", "member_id", "dimension"]);
    t.index(["year", "unit_id"], "committee_scores_year_unit_idx");
    t.check("year between 2000 and 2100", [], "committee_scores_year_range");
    t.check("score between 0 and 100", [], "committee_scores_score_range");
    t.check(inList("dimension", COMMITTEE_DIMENSIONS), [], "committee_scores_dimension_valid");
    t.check("comment is null or length(comment) <= 2000", [], "committee_scores_comment_length");
  });

  // Every replaced score keeps its previous value here (a member may revise until finalisation).
  await knex.schema.createTable("committee_score_history", (t) => {
    t.bigIncrements("id");
    t.bigInteger("score_id").notNullable().references("committee_scores.id").onDelete("CASCADE");
    t.decimal("previous_score", 5, 2).notNullable();
    t.text("previous_comment");
    t.timestamp("replaced_at", { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(["score_id"], "committee_score_history_score_idx");
  });

  await knex.schema.createTable("implementation_rules", (t) => {
    t.increments("id");
    t.integer("unit_id").notNullable().references("units.id").onDelete("RESTRICT");
    t.integer("year").notNullable();
    t.text("title").notNullable();
    t.text("body").notNullable();
    t.date("filed_on").notNullable();
    t.text("reference").notNullable().unique();
    t.timestamp("created_at", { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(["year", "unit_id"], "implementation_rules_year_unit_idx");
    t.check("year between 2000 and 2100", [], "implementation_rules_year_range");
    t.check("length(title) between 1 and 200", [], "implementation_rules_title_length");
    t.check("length(reference) between 1 and 100", [], "implementation_rules_reference_length");
  });

  // Frozen year-end results, written by finalisation: one row per finalised year with the
  // scheme used, and one row per unit with every input total, score, explanation and pay line.
  await knex.schema.createTable("finalized_years", (t) => {
    t.integer("year").primary();
    t.jsonb("scheme").notNullable();
    t.timestamp("finalized_at", { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.text("finalized_by");
  });

  await knex.schema.createTable("frozen_results", (t) => {
    t.integer("year").notNullable().references("finalized_years.year").onDelete("CASCADE");
    t.integer("unit_id").notNullable().references("units.id").onDelete("RESTRICT");
    t.integer("rank").notNullable();
    t.decimal("total", 6, 2).notNullable();
    t.text("grade").notNullable();
    t.jsonb("result").notNullable();
    t.primary(["year", "unit_id"]);
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of [
    "frozen_results",
    "finalized_years",
    "implementation_rules",
    "committee_score_history",
    "committee_scores",
    "committee_members",
    "dispatch_orders",
    "complaints",
    "callbacks",
    "cost_records",
    "revenue_records",
    "schemes",
    "contracts",
    "units",
  ]) {
    await knex.schema.dropTableIfExists(table);
  }
}
