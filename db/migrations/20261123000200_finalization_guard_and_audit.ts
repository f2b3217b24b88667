import type { Knex } from "knex";

/**
 * Once a year is finalised its records, contracts, scheme, scores and rule filings are frozen.
 * The guard lives in the database (not only in resolvers) so that no path — a script, a psql
 * session, a future resolver — can change a finalised year. Reopening a year deletes its row in
 * finalized_years, which is recorded in the append-only audit log.
 *
 * The trigger raises SQLSTATE 'SA001', which the API maps to YEAR_FINALIZED.
 */

const DATED_TABLES = ["revenue_records", "cost_records", "callbacks", "complaints", "dispatch_orders"];
const YEAR_TABLES = ["contracts", "schemes", "committee_scores", "implementation_rules"];

export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    create function refuse_finalized_year(checked_year int) returns void language plpgsql as $$
    begin
      if exists (select 1 from finalized_years where year = checked_year) then
        raise exception 'year % is finalised; reopen it before changing its data', checked_year
          using errcode = 'SA001', detail = checked_year::text;
      end if;
    end $$;

    create function guard_dated_row() returns trigger language plpgsql as $$
    begin
      if tg_op in ('UPDATE', 'DELETE') then
        perform refuse_finalized_year(extract(year from old.record_date)::int);
      end if;
      if tg_op in ('INSERT', 'UPDATE') then
        perform refuse_finalized_year(extract(year from new.record_date)::int);
        return new;
      end if;
      return old;
    end $$;

    create function guard_year_row() returns trigger language plpgsql as $$
    begin
      if tg_op in ('UPDATE', 'DELETE') then
        perform refuse_finalized_year(old.year);
      end if;
      if tg_op in ('INSERT', 'UPDATE') then
        perform refuse_finalized_year(new.year);
        return new;
      end if;
      return old;
    end $$;

    -- A score's history belongs to the score's year.
    create function guard_score_history_row() returns trigger language plpgsql as $$
    declare score_year int;
    begin
      select year into score_year from committee_scores
        where id = case when tg_op = 'DELETE' then old.score_id else new.score_id end;
      if score_year is not null then perform refuse_finalized_year(score_year); end if;
      return case when tg_op = 'DELETE' then old else new end;
    end $$;
  `);
  for (const table of DATED_TABLES) {
    await knex.raw(
      `create trigger ${table}_finalized_guard before insert or update or delete on ${table} for each row execute function guard_dated_row()`,
    );
  }
  for (const table of YEAR_TABLES) {
    await knex.raw(
      `create trigger ${table}_finalized_guard before insert or update or delete on ${table} for each row execute function guard_year_row()`,
    );
  }
  await knex.raw(
    `create trigger committee_score_history_finalized_guard before insert or update or delete on committee_score_history
       for each row execute function guard_score_history_row()`,
  );

  // Who did what, when, and why; rows can be added, never changed or removed.
  await knex.schema.createTable("audit_log", (t) => {
    t.bigIncrements("id");
    t.timestamp("at", { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.text("actor").notNullable();
    t.text("action").notNullable();
    t.integer("year");
    t.text("reason");
    t.jsonb("details").notNullable().defaultTo("{}");
    t.text("outcome").notNullable().defaultTo("OK");
    t.index(["at"], "audit_log_at_idx");
    t.index(["year", "action"], "audit_log_year_action_idx");
  });
  await knex.raw(`
    create function refuse_audit_change() returns trigger language plpgsql as $$
    begin
      raise exception 'the audit log is append-only' using errcode = 'SA002';
    end $$;
    create trigger audit_log_append_only before update or delete on audit_log
      for each row execute function refuse_audit_change();
    create trigger audit_log_no_truncate before truncate on audit_log
      for each statement execute function refuse_audit_change();
  `);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw("drop table if exists audit_log cascade; drop function if exists refuse_audit_change() cascade;");
  for (const table of [...DATED_TABLES, ...YEAR_TABLES, "committee_score_history"]) {
    await knex.raw(`drop trigger if exists ${table}_finalized_guard on ${table}`);
  }
  await knex.raw(
    "drop function if exists guard_dated_row() cascade; drop function if exists guard_year_row() cascade;" +
      " drop function if exists guard_score_history_row() cascade; drop function if exists refuse_finalized_year(int) cascade;",
  );
}
