import type { Knex } from "knex";

/** Units of the generated year (BENCH_UNITS=10000 for the 1.56-million-row year). */
export const LARGE_YEAR_UNITS = Number(process.env.BENCH_UNITS ?? 1000);
const UNITS = LARGE_YEAR_UNITS;

/** A large year generated inside PostgreSQL (fast, and nothing of it passes through Node). */
export async function generateLargeYear(knex: Knex, year: number): Promise<Record<string, number>> {
  await knex.raw(
    `insert into units (code, name, kind) select 'u' || lpad(i::text, ${Math.max(4, String(UNITS).length)}, '0'), '单位' || i, 'STATION' from generate_series(1, ?) i`,
    [UNITS],
  );
  await knex.raw(
    `insert into contracts (unit_id, year, revenue_target, staff_count, vehicle_count, base_expense, repair_budget,
       repair_budget_from_month, revenue_commission_rate, over_target_rate, under_target_deduction_rate, repair_savings_reward_rate)
     select id, ?, 2000000 + (id % 50) * 20000, 6, 1, 450000, 150000, 3, 6, 15, 10, 30 from units`,
    [year],
  );
  await knex.raw(
    `insert into revenue_records (unit_id, record_date, category, amount, reference)
     select u.id, make_date(?, 1, 6) + (w - 1) * 7, c.category,
            round((c.base * (0.85 + ((u.id * 7 + w * 13) % 30) / 100.0))::numeric, 2),
            u.code || '-' || ? || '-W' || w || '-' || c.category
     from units u cross join generate_series(1, 52) w
     cross join (values ('VIEWING_FEE', 36000), ('INSPECTION_FEE', 3000), ('ARREARS', 2500)) c(category, base)`,
    [year, year],
  );
  await knex.raw(
    `insert into cost_records (unit_id, record_date, category, amount, reference)
     select u.id, make_date(?, m, 15), 'REPAIR_MATERIAL', 14000 + (u.id % 40) * 100, u.code || '-' || ? || '-RM' || m
     from units u cross join generate_series(2, 12) m`,
    [year, year],
  );
  await knex.raw(
    `insert into cost_records (unit_id, record_date, category, amount, reference)
     select u.id, make_date(?, 12, 20), c.category, c.amount + (u.id % 30) * 100, u.code || '-' || ? || '-' || c.category
     from units u cross join (values ('SALARY', 280000), ('OVERTIME', 26000), ('MEALS', 22000), ('COMMUNICATION', 18000),
       ('VEHICLE', 60000), ('OTHER', 45000)) c(category, amount)`,
    [year, year],
  );
  await knex.raw(
    `insert into callbacks (unit_id, record_date, outcome, reference)
     select u.id, make_date(?, 1 + (n % 12), 1 + (n % 27)),
            (array['SATISFIED','SATISFIED','SATISFIED','BASICALLY_SATISFIED','DISSATISFIED'])[1 + (u.id + n) % 5],
            u.code || '-' || ? || '-CB' || n
     from units u cross join generate_series(1, 30) n`,
    [year, year],
  );
  await knex.raw(
    `insert into complaints (unit_id, record_date, is_repeat, reference)
     select u.id, make_date(?, 1 + n * 4, 11), n = 2, u.code || '-' || ? || '-CP' || n from units u cross join generate_series(0, 2) n
     where u.id % 3 = 0`,
    [year, year],
  );
  await knex.raw(
    `insert into dispatch_orders (unit_id, record_date, kind, outcome, reference)
     select u.id, make_date(?, 1 + n * 2, 5), 'EMERGENCY_REPAIR', (array['ON_TIME','ON_TIME','LATE','REFUSED'])[1 + (u.id + n) % 4],
            u.code || '-' || ? || '-DP' || n
     from units u cross join generate_series(0, 5) n`,
    [year, year],
  );
  await knex.raw(`insert into committee_members (name) select 'committee' || i from generate_series(1, 5) i`);
  await knex.raw(
    `insert into committee_scores (year, unit_id, member_id, dimension, score)
     select ?, u.id, m.id, d.dimension, 70 + (u.id * 3 + m.id * 7) % 28
     from units u cross join committee_members m cross join (values ('SATISFACTION'), ('COOPERATION')) d(dimension)`,
    [year],
  );
  await knex.raw("analyze");
  const counts: Record<string, number> = {};
  for (const table of ["units", "revenue_records", "cost_records", "callbacks", "complaints", "dispatch_orders", "committee_scores"]) {
    counts[table] = Number((await knex(table).count({ n: "*" }).first())!.n);
  }
  return counts;
}
