import type { Knex } from "knex";

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
