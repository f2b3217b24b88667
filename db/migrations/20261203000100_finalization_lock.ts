import type { Knex } from "knex";

/**
 * Writers and finalisation serialise on the year. Finalising takes the year's advisory lock
 * exclusively (pg_advisory_xact_lock(hashtext('finalize'), year)); every row written to a year
 * now takes the same lock *shared* in the trigger, before it looks at finalized_years. So a
 * batch in flight holds finalisation back until it commits (and is in the frozen result), and a
 * batch arriving during finalisation waits for it and is then refused with YEAR_FINALIZED —
 * never stored but left out of the frozen result.
 *
 * In READ COMMITTED each statement inside the plpgsql function takes a new snapshot, so the
 * check after the lock sees a finalisation that committed while we waited.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    create or replace function refuse_finalized_year(checked_year int) returns void language plpgsql as $$
    begin
      perform pg_advisory_xact_lock_shared(hashtext('finalize'), checked_year);
      if exists (select 1 from finalized_years where year = checked_year) then
        raise exception 'year % is finalised; reopen it before changing its data', checked_year
          using errcode = 'SA001', detail = checked_year::text;
      end if;
    end $$;
  `);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(`
    create or replace function refuse_finalized_year(checked_year int) returns void language plpgsql as $$
    begin
      if exists (select 1 from finalized_years where year = checked_year) then
        raise exception 'year % is finalised; reopen it before changing its data', checked_year
          using errcode = 'SA001', detail = checked_year::text;
      end if;
    end $$;
  `);
}
