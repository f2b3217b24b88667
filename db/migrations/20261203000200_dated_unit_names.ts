import type { Knex } from "knex";

/**
 * A unit's names over time. A rename takes effect from a day; every figure of year Y shows the
 * name the unit had then (as of the year's last day, or today while the year runs), the current
 * name is the one in force today. The first name of a unit holds for every earlier day too.
 * English names come from data (name_en), not from code.
 *
 * A rename dated inside a finalised year is refused by the same guard as every other write to
 * that year. Retiring is dated too: a unit retired from a day no longer appears in years that
 * begin after it, and keeps its history and names.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable("unit_names", (t) => {
    t.integer("unit_id").notNullable().references("units.id").onDelete("CASCADE");
    t.date("valid_from").notNullable();
    t.text("name").notNullable();
    t.text("name_en");
    t.timestamp("created_at", { useTz: true }).notNullable().defaultTo(knex.fn.now());
    t.primary(["unit_id", "valid_from"]);
    t.check("length(name) between 1 and 100", [], "unit_names_name_length");
    t.check("name_en is null or length(name_en) between 1 and 100", [], "unit_names_name_en_length");
    t.check("valid_from between '2000-01-01' and '2100-12-31'", [], "unit_names_date_range");
  });
  await knex.schema.alterTable("units", (t) => {
    t.text("name_en");
    t.date("retired_from");
  });
  await knex.raw(`
    insert into unit_names (unit_id, valid_from, name) select id, '2000-01-01', name from units;
    update units set retired_from = current_date where retired;

    -- The name row in force on a day: the latest one dated on or before it, else the first.
    create function unit_name_row(p_unit int, p_day date) returns unit_names language sql stable as $$
      select * from unit_names where unit_id = p_unit
      order by (valid_from <= p_day) desc,
               case when valid_from <= p_day then valid_from end desc,
               valid_from asc
      limit 1
    $$;

    create function guard_unit_name_row() returns trigger language plpgsql as $$
    begin
      if tg_op in ('UPDATE', 'DELETE') then
        perform refuse_finalized_year(extract(year from old.valid_from)::int);
      end if;
      if tg_op in ('INSERT', 'UPDATE') then
        -- The first name of a unit (dated 2000-01-01) is its name before any rename, not a rename.
        if new.valid_from > '2000-01-01' then
          perform refuse_finalized_year(extract(year from new.valid_from)::int);
        end if;
        return new;
      end if;
      return old;
    end $$;
    create trigger unit_names_finalized_guard before insert or update or delete on unit_names
      for each row execute function guard_unit_name_row();

    -- Every unit has its first name from the start, however it was inserted (API, seeds, scripts).
    create function add_first_unit_name() returns trigger language plpgsql as $$
    begin
      insert into unit_names (unit_id, valid_from, name, name_en) values (new.id, '2000-01-01', new.name, new.name_en)
        on conflict do nothing;
      return new;
    end $$;
    create trigger units_first_name after insert on units for each row execute function add_first_unit_name();
  `);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(
    "drop function if exists unit_name_row(int, date); drop function if exists guard_unit_name_row() cascade; drop function if exists add_first_unit_name() cascade;",
  );
  await knex.schema.dropTableIfExists("unit_names");
  await knex.schema.alterTable("units", (t) => {
    t.dropColumn("name_en");
    t.dropColumn("retired_from");
  });
}
