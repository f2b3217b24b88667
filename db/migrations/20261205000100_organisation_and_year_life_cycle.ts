import type { Knex } from "knex";

/**
 * The organisation and the year's life cycle (定岗定员, committee membership per year, versioned
 * 实施细则 with attachments and acknowledgements).
 *
 * * `unit_staff`, `unit_vehicles`: a unit's roster and vehicles per year (the plan's 定员 and
 *   车辆配置), compared with the contract's staffCount / vehicleCount.
 * * `committee_memberships`: who sits on the committee in a year. Backfilled from the scores
 *   already stored, so every stored score stays a member's score of its year.
 * * `implementation_rules` become versions: a new filing for the same unit and year is the next
 *   version, the old ones stay. `filed_by` names who filed it.
 * * `rule_files`: uploaded attachment content (bytea, kept in PostgreSQL). A file belongs to no
 *   year until a filing attaches it (`implementation_rule_attachments`); unattached uploads are
 *   removed after a day by the upload door.
 * * `rule_acknowledgements`: the department's and the deputy GM's receipt of a version.
 *
 * Every table that belongs to a year gets the finalised-year guard (see
 * 20261123000200_finalization_guard_and_audit and 20261203000100_finalization_lock): rows of a
 * year carry the year; attachments and acknowledgements take their filing's year.
 */

const STAFF_POSTS = ["HEAD", "DEPUTY_HEAD", "SUPERVISOR", "STAFF", "TEMPORARY"];
const RECIPIENTS = ["DEPARTMENT", "EXECUTIVE"];
const inList = (column: string, values: string[]) => `${column} in (${values.map((v) => `'${v}'`).join(", ")})`;

/** from/to dates of a roster row lie in its year, in order. */
function datedInYear(t: Knex.CreateTableBuilder, name: string) {
  t.date("from_date");
  t.date("to_date");
  t.check(
    "(from_date is null or extract(year from from_date) = year) and (to_date is null or extract(year from to_date) = year)",
    [],
    `${name}_dates_in_year`,
  );
  t.check("from_date is null or to_date is null or from_date <= to_date", [], `${name}_dates_ordered`);
}

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable("unit_staff", (t) => {
    t.bigIncrements("id");
    t.integer("unit_id").notNullable().references("units.id").onDelete("RESTRICT");
    t.integer("year").notNullable();
    t.text("name").notNullable();
    t.text("post").notNullable();
    t.integer("user_id").references("users.id").onDelete("SET NULL");
    datedInYear(t, "unit_staff");
    t.timestamp("created_at", { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(["year", "unit_id"], "unit_staff_year_unit_idx");
    t.check("year between 2000 and 2100", [], "unit_staff_year_range");
    t.check("length(name) between 1 and 50", [], "unit_staff_name_length");
    t.check(inList("post", STAFF_POSTS), [], "unit_staff_post_valid");
  });

  await knex.schema.createTable("unit_vehicles", (t) => {
    t.bigIncrements("id");
    t.integer("unit_id").notNullable().references("units.id").onDelete("RESTRICT");
    t.integer("year").notNullable();
    t.text("plate").notNullable();
    t.text("kind").notNullable();
    datedInYear(t, "unit_vehicles");
    t.timestamp("created_at", { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.unique(["year", "unit_id", "plate"]);
    t.check("year between 2000 and 2100", [], "unit_vehicles_year_range");
    t.check("length(plate) between 1 and 20", [], "unit_vehicles_plate_length");
    t.check("length(kind) between 1 and 50", [], "unit_vehicles_kind_length");
  });

  await knex.schema.createTable("committee_memberships", (t) => {
    t.integer("year").notNullable();
    t.integer("member_id").notNullable().references("committee_members.id").onDelete("RESTRICT");
    t.timestamp("created_at", { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.primary(["year", "member_id"]);
    t.check("year between 2000 and 2100", [], "committee_memberships_year_range");
  });
  // Before the guard exists: finalised years get their members too.
  await knex.raw("insert into committee_memberships (year, member_id) select distinct year, member_id from committee_scores");

  await knex.schema.alterTable("implementation_rules", (t) => {
    t.integer("version");
    t.text("filed_by");
    t.integer("filed_by_user_id").references("users.id").onDelete("SET NULL");
  });
  // Existing filings become versions in the order they were filed. The guard would refuse the
  // update in a finalised year, so it is lifted for this one statement.
  await knex.raw("alter table implementation_rules disable trigger implementation_rules_finalized_guard");
  await knex.raw(`
    update implementation_rules r set version = v.n
    from (select id, row_number() over (partition by unit_id, year order by filed_on, id) as n from implementation_rules) v
    where v.id = r.id
  `);
  await knex.raw("alter table implementation_rules enable trigger implementation_rules_finalized_guard");
  await knex.raw("alter table implementation_rules alter column version set not null");
  await knex.schema.alterTable("implementation_rules", (t) => {
    t.unique(["unit_id", "year", "version"]);
    t.check("version >= 1", [], "implementation_rules_version_positive");
    t.check("filed_by is null or length(filed_by) between 1 and 100", [], "implementation_rules_filed_by_length");
  });

  await knex.schema.createTable("rule_files", (t) => {
    t.bigIncrements("id");
    t.text("file_name").notNullable();
    t.text("content_type").notNullable();
    t.integer("size").notNullable();
    t.text("sha256").notNullable();
    t.binary("content").notNullable();
    t.integer("uploaded_by").references("users.id").onDelete("SET NULL");
    t.timestamp("uploaded_at", { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.index(["uploaded_at"], "rule_files_uploaded_at_idx");
    t.check("length(file_name) between 1 and 200", [], "rule_files_name_length");
    t.check("size between 1 and 10485760 and size = octet_length(content)", [], "rule_files_size");
  });

  await knex.schema.createTable("implementation_rule_attachments", (t) => {
    t.integer("rule_id").notNullable().references("implementation_rules.id").onDelete("RESTRICT");
    t.bigInteger("file_id").notNullable().references("rule_files.id").onDelete("RESTRICT");
    t.integer("position").notNullable();
    t.primary(["rule_id", "file_id"]);
    t.index(["file_id"], "implementation_rule_attachments_file_idx");
  });

  await knex.schema.createTable("rule_acknowledgements", (t) => {
    t.integer("rule_id").notNullable().references("implementation_rules.id").onDelete("RESTRICT");
    t.text("recipient").notNullable();
    t.integer("user_id").references("users.id").onDelete("SET NULL");
    t.text("acknowledged_by").notNullable();
    t.timestamp("acknowledged_at", { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.primary(["rule_id", "recipient"]);
    t.check(inList("recipient", RECIPIENTS), [], "rule_acknowledgements_recipient_valid");
    t.check("length(acknowledged_by) between 1 and 100", [], "rule_acknowledgements_by_length");
  });

  for (const table of ["unit_staff", "unit_vehicles", "committee_memberships"]) {
    await knex.raw(
      `create trigger ${table}_finalized_guard before insert or update or delete on ${table} for each row execute function guard_year_row()`,
    );
  }
  await knex.raw(`
    -- Attachments and acknowledgements belong to their filing's year.
    create function guard_rule_child_row() returns trigger language plpgsql as $$
    declare rule_year int;
    begin
      if tg_op in ('UPDATE', 'DELETE') then
        select year into rule_year from implementation_rules where id = old.rule_id;
        if rule_year is not null then perform refuse_finalized_year(rule_year); end if;
      end if;
      if tg_op in ('INSERT', 'UPDATE') then
        select year into rule_year from implementation_rules where id = new.rule_id;
        if rule_year is not null then perform refuse_finalized_year(rule_year); end if;
        return new;
      end if;
      return old;
    end $$;
    create trigger implementation_rule_attachments_finalized_guard before insert or update or delete on implementation_rule_attachments
      for each row execute function guard_rule_child_row();
    create trigger rule_acknowledgements_finalized_guard before insert or update or delete on rule_acknowledgements
      for each row execute function guard_rule_child_row();
  `);
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists("rule_acknowledgements");
  await knex.schema.dropTableIfExists("implementation_rule_attachments");
  await knex.schema.dropTableIfExists("rule_files");
  await knex.raw("drop function if exists guard_rule_child_row() cascade");
  await knex.schema.alterTable("implementation_rules", (t) => {
    t.dropUnique(["unit_id", "year", "version"]);
    t.dropChecks(["implementation_rules_version_positive", "implementation_rules_filed_by_length"]);
    t.dropColumn("version");
    t.dropColumn("filed_by");
    t.dropColumn("filed_by_user_id");
  });
  await knex.schema.dropTableIfExists("committee_memberships");
  await knex.schema.dropTableIfExists("unit_vehicles");
  await knex.schema.dropTableIfExists("unit_staff");
}
