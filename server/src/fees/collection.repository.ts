import type { Knex } from "knex";
import { unitCondition } from "./unit-condition.ts";

/** One unit's month: receivable from the register × tariff and the VIEWING_FEE remittances, summed in SQL. */
export interface CollectionMonthRow {
  unitId: number;
  month: number;
  /** False when the month has no register entry (the rate is then not applicable). */
  hasRegister: boolean;
  receivable: string;
  collected: string;
}

/**
 * §9 receivable and collected per unit and month of a year, for every month 1–12 of the given
 * units. A register class without a tariff for the year counts at 0.
 */
export async function collectionByMonth(knex: Knex, year: number, unitIds: number[]): Promise<CollectionMonthRow[]> {
  const rows = await knex.raw(
    `
    with months as (select generate_series(1, 12) as month),
    units as (select unnest(?::int[]) as unit_id),
    receivable as (
      select r.unit_id, r.month, sum(r.households * coalesce(t.monthly_fee, 0))::numeric(16,2) as amount
      from household_register r
      left join fee_tariffs t on t.year = r.year and t.household_class = r.household_class
      where r.year = ? and r.unit_id = any(?::int[])
      group by r.unit_id, r.month
    ),
    collected as (
      select unit_id, extract(month from record_date)::int as month, sum(amount)::numeric(16,2) as amount
      from revenue_records
      where category = 'VIEWING_FEE' and record_date >= make_date(?, 1, 1) and record_date < make_date(? + 1, 1, 1)
        and unit_id = any(?::int[])
      group by unit_id, extract(month from record_date)
    )
    select u.unit_id, m.month, (rc.unit_id is not null) as has_register,
      coalesce(rc.amount, 0)::numeric(16,2)::text as receivable, coalesce(c.amount, 0)::numeric(16,2)::text as collected
    from units u cross join months m
    left join receivable rc on rc.unit_id = u.unit_id and rc.month = m.month
    left join collected c on c.unit_id = u.unit_id and c.month = m.month
    order by u.unit_id, m.month`,
    [unitIds, year, unitIds, year, year, unitIds],
  );
  return rows.rows.map((r: { unit_id: number; month: number; has_register: boolean; receivable: string; collected: string }) => ({
    unitId: r.unit_id,
    month: r.month,
    hasRegister: r.has_register,
    receivable: r.receivable,
    collected: r.collected,
  }));
}

/**
 * Per unit and month of the year, the §9 figures as rows: receivable (register × tariff), VIEWING_FEE
 * collected, ARREARS recovered. `units` null: every unit. The one place the SQL of §9 is written.
 */
function unitMonthsSql(year: number, units: number[] | null): { sql: string; bindings: Knex.RawBinding[] } {
  const registerUnits = unitCondition("r.unit_id", units);
  const remittedUnits = unitCondition("unit_id", units);
  return {
    sql: `
    receivable as (
      select r.unit_id, r.month, sum(r.households * coalesce(t.monthly_fee, 0)) as amount
      from household_register r
      left join fee_tariffs t on t.year = r.year and t.household_class = r.household_class
      where r.year = ? and ${registerUnits.sql}
      group by r.unit_id, r.month
    ),
    remitted as (
      select unit_id, extract(month from record_date)::int as month,
        coalesce(sum(amount) filter (where category = 'VIEWING_FEE'), 0) as collected,
        coalesce(sum(amount) filter (where category = 'ARREARS'), 0) as recovered
      from revenue_records
      where category in ('VIEWING_FEE', 'ARREARS') and record_date >= make_date(?, 1, 1) and record_date < make_date(? + 1, 1, 1)
        and ${remittedUnits.sql}
      group by unit_id, extract(month from record_date)
    ),
    unit_months as (
      select coalesce(rc.unit_id, rm.unit_id) as unit_id, coalesce(rc.month, rm.month) as month,
        (rc.unit_id is not null) as has_register, coalesce(rc.amount, 0) as receivable,
        coalesce(rm.collected, 0) as collected, coalesce(rm.recovered, 0) as recovered
      from receivable rc full join remitted rm on rm.unit_id = rc.unit_id and rm.month = rc.month
    )`,
    bindings: [year, ...registerUnits.bindings, year, year, ...remittedUnits.bindings],
  };
}

export interface PeriodFiguresRow {
  unitCount: number;
  monthsWithRegister: number;
  receivable: string;
  collected: string;
  openingArrears: string;
  arrearsRecovered: string;
}

/**
 * Per unit (of `units`, or all): the opening arrears of the year — the entered figure
 * (opening_arrears) where the unit has one, else its arrears register's sum on 1 January.
 */
const openingPerUnitSql = (units: number[] | null) => `opening_per_unit as (
      select coalesce(e.unit_id, r.unit_id) as unit_id, coalesce(e.amount, r.amount) as amount
      from (select unit_id, sum(amount_owed) as amount from arrears_households where year = ? group by unit_id) r
      full join (select unit_id, amount from opening_arrears where year = ?) e on e.unit_id = r.unit_id
      where ${openingUnits(units).sql}
    )`;
const openingUnits = (units: number[] | null) => unitCondition("coalesce(e.unit_id, r.unit_id)", units);
const openingBindings = (year: number, units: number[] | null) => [year, year, ...openingUnits(units).bindings];

/**
 * A period's figures (months fromMonth–toMonth of a year) summed over the units in PostgreSQL:
 * receivable and collected over the unit-months that have a register entry (§9), arrears
 * recovered over the whole period, opening arrears of the year from the arrears register (or
 * the unit's entered figure, opening_arrears, where it has one).
 */
export async function periodFigures(knex: Knex, year: number, units: number[] | null, fromMonth: number, toMonth: number): Promise<PeriodFiguresRow> {
  const { sql, bindings } = unitMonthsSql(year, units);
  const result = await knex.raw(
    `with ${sql},
    period as (select * from unit_months where month between ? and ?),
    ${openingPerUnitSql(units)},
    opening as (select coalesce(sum(amount), 0) as amount from opening_per_unit)
    select
      (select count(distinct unit_id) from period where has_register)::int as unit_count,
      (select count(distinct month) from period where has_register)::int as months_with_register,
      (select coalesce(sum(receivable) filter (where has_register), 0) from period)::numeric(16,2)::text as receivable,
      (select coalesce(sum(collected) filter (where has_register), 0) from period)::numeric(16,2)::text as collected,
      (select coalesce(sum(recovered), 0) from period)::numeric(16,2)::text as arrears_recovered,
      (select amount from opening)::numeric(16,2)::text as opening_arrears`,
    [...bindings, fromMonth, toMonth, ...openingBindings(year, units)],
  );
  const row = result.rows[0];
  return {
    unitCount: row.unit_count,
    monthsWithRegister: row.months_with_register,
    receivable: row.receivable,
    collected: row.collected,
    openingArrears: row.opening_arrears,
    arrearsRecovered: row.arrears_recovered,
  };
}

/**
 * The same figures per unit in one statement (the units given, or every unit with a register
 * entry, remittances or arrears in the year): the collection table's rows.
 */
export async function periodFiguresByUnit(
  knex: Knex,
  year: number,
  units: number[] | null,
  fromMonth: number,
  toMonth: number,
): Promise<(PeriodFiguresRow & { unitId: number })[]> {
  const { sql, bindings } = unitMonthsSql(year, units);
  const result = await knex.raw(
    `with ${sql},
    period as (select * from unit_months where month between ? and ?),
    ${openingPerUnitSql(units)},
    per_unit as (
      select unit_id,
        count(distinct month) filter (where has_register) as months_with_register,
        coalesce(sum(receivable) filter (where has_register), 0) as receivable,
        coalesce(sum(collected) filter (where has_register), 0) as collected,
        coalesce(sum(recovered), 0) as recovered
      from period group by unit_id
    )
    select coalesce(p.unit_id, o.unit_id) as unit_id,
      coalesce(p.months_with_register, 0)::int as months_with_register,
      coalesce(p.receivable, 0)::numeric(16,2)::text as receivable,
      coalesce(p.collected, 0)::numeric(16,2)::text as collected,
      coalesce(p.recovered, 0)::numeric(16,2)::text as arrears_recovered,
      coalesce(o.amount, 0)::numeric(16,2)::text as opening_arrears
    from per_unit p full join opening_per_unit o on o.unit_id = p.unit_id
    order by 1`,
    [...bindings, fromMonth, toMonth, ...openingBindings(year, units)],
  );
  return result.rows.map(
    (row: {
      unit_id: number;
      months_with_register: number;
      receivable: string;
      collected: string;
      arrears_recovered: string;
      opening_arrears: string;
    }) => ({
      unitId: row.unit_id,
      unitCount: 1,
      monthsWithRegister: row.months_with_register,
      receivable: row.receivable,
      collected: row.collected,
      openingArrears: row.opening_arrears,
      arrearsRecovered: row.arrears_recovered,
    }),
  );
}

export interface SeriesMonthRow {
  /** null: the sum over the units (the department). */
  unitId: number | null;
  month: number;
  hasRegister: boolean;
  receivable: string;
  collected: string;
}

/**
 * The months 1–12 of a year per unit (units given, or every unit with figures) and, summed over
 * the same units, for the department (unitId null). Receivable and collected as §9 counts them:
 * a month without a register entry has neither (the unit's remittances of that month stay out).
 */
export async function monthlySeries(knex: Knex, year: number, units: number[] | null): Promise<SeriesMonthRow[]> {
  const { sql, bindings } = unitMonthsSql(year, units);
  const result = await knex.raw(
    `with ${sql},
    months as (select generate_series(1, 12) as month),
    shown_units as (select distinct unit_id from unit_months${units === null ? "" : " union select unnest(?::int[])"}),
    per_unit as (
      select su.unit_id, m.month, coalesce(bool_or(um.has_register), false) as has_register,
        coalesce(sum(um.receivable) filter (where um.has_register), 0) as receivable,
        coalesce(sum(um.collected) filter (where um.has_register), 0) as collected
      from shown_units su cross join months m
      left join unit_months um on um.unit_id = su.unit_id and um.month = m.month
      group by su.unit_id, m.month
    )
    select unit_id, month, has_register, receivable::numeric(16,2)::text as receivable, collected::numeric(16,2)::text as collected from per_unit
    union all
    select null, month, bool_or(has_register), sum(receivable)::numeric(16,2)::text, sum(collected)::numeric(16,2)::text
    from per_unit group by month
    union all
    select null, m.month, false, '0.00', '0.00' from months m where not exists (select 1 from per_unit)
    order by unit_id nulls last, month`,
    [...bindings, ...(units === null ? [] : [units])],
  );
  return result.rows.map((r: { unit_id: number | null; month: number; has_register: boolean; receivable: string; collected: string }) => ({
    unitId: r.unit_id,
    month: r.month,
    hasRegister: r.has_register,
    receivable: r.receivable,
    collected: r.collected,
  }));
}

/** The year's tariff per class, as stored (no row: not set). */
export async function findTariff(knex: Knex, year: number): Promise<Map<string, string>> {
  const rows = await knex("fee_tariffs").where({ year }).select("household_class", knex.raw("monthly_fee::text as monthly_fee"));
  return new Map(rows.map((r: { household_class: string; monthly_fee: string }) => [r.household_class, r.monthly_fee]));
}

export async function storeTariff(knex: Knex, year: number, fees: Record<string, string>): Promise<void> {
  await knex("fee_tariffs")
    .insert(Object.entries(fees).map(([household_class, monthly_fee]) => ({ year, household_class, monthly_fee })))
    .onConflict(["year", "household_class"])
    .merge(["monthly_fee"]);
}

export interface RegisterRow {
  unit_id: number;
  year: number;
  month: number;
  household_class: string;
  households: number;
}

/** The stored register entries of these unit-months, keyed unit_id/year/month → class → households. */
export async function storedRegister(
  knex: Knex,
  keys: { unitId: number; year: number; month: number }[],
): Promise<Map<string, Record<string, number>>> {
  const found = new Map<string, Record<string, number>>();
  if (keys.length === 0) return found;
  const rows: RegisterRow[] = await knex("household_register")
    .whereIn(
      ["unit_id", "year", "month"],
      keys.map((k) => [k.unitId, k.year, k.month]),
    )
    .select("unit_id", "year", "month", "household_class", "households");
  for (const row of rows) {
    const key = `${row.unit_id}/${row.year}/${row.month}`;
    found.set(key, { ...(found.get(key) ?? {}), [row.household_class]: row.households });
  }
  return found;
}

/** Replaces the register entries of these unit-months (every class of the month). */
export async function replaceRegister(trx: Knex.Transaction, rows: RegisterRow[]): Promise<void> {
  if (rows.length === 0) return;
  const months = [...new Set(rows.map((r) => `${r.unit_id}/${r.year}/${r.month}`))].map((k) => k.split("/").map(Number));
  for (let i = 0; i < months.length; i += 1000) {
    await trx("household_register")
      .whereIn(["unit_id", "year", "month"], months.slice(i, i + 1000))
      .delete();
  }
  for (let i = 0; i < rows.length; i += 2000) await trx("household_register").insert(rows.slice(i, i + 2000));
}

/**
 * Every unit's §9 collection rate over months 1–toMonth of a year, for the assessment: percent
 * half-up to 2 decimals ("90.00"), or null when not applicable (no register entry, receivable 0).
 * Units without a register entry are absent.
 */
export async function collectionRatesByUnit(knex: Knex, year: number, toMonth: number): Promise<Map<number, string | null>> {
  const { sql, bindings } = unitMonthsSql(year, null);
  const result = await knex.raw(
    `with ${sql}
    select unit_id,
      case when sum(receivable) > 0 then round(100 * sum(collected) / sum(receivable), 2)::numeric(12,2)::text end as rate
    from unit_months where has_register and month <= ?
    group by unit_id`,
    [...bindings, toMonth],
  );
  return new Map(result.rows.map((r: { unit_id: number; rate: string | null }) => [r.unit_id, r.rate]));
}

/** Stores (or replaces) a unit's entered opening arrears for a year. */
export async function storeOpeningArrears(knex: Knex, year: number, unitId: number, amount: string): Promise<void> {
  await knex("opening_arrears")
    .insert({ year, unit_id: unitId, amount })
    .onConflict(["year", "unit_id"])
    .merge({ amount, updated_at: knex.fn.now() });
}

export async function findOpeningArrears(knex: Knex, year: number, unitId: number): Promise<string | null> {
  const row = await knex("opening_arrears").where({ year, unit_id: unitId }).first(knex.raw("amount::text as amount"));
  return row?.amount ?? null;
}
