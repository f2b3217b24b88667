import "reflect-metadata";
import { loadDemoData } from "@station/db/demo";
import { loadAssessmentInputs } from "../server/src/assessment/assessment-inputs.repository.ts";
import { assessUnits } from "../server/src/assessment/scoring/index.ts";
import { DEFAULT_SCHEME } from "../server/src/scheme/scheme.model.ts";
import type { Knex } from "knex";
import { measure, startBenchServer, startProfile } from "./harness.ts";

/**
 * Time of assessment(year) over HTTP: for the demo data (five units), and for a generated year of
 * 1,000 units with weekly remittances in three categories (156,000 revenue rows), monthly costs,
 * callbacks, complaints, dispatch orders and five committee members' scores.
 * Usage: pnpm bench:assessment [runs]
 */
const runs = Number(process.argv[2] ?? 10);
const UNITS = 1000;

const QUERY = `query($year: Int!) { assessment(year: $year) { finalized results {
  unit { code name } revenueActual completionRate total rank grade complete
  scores { dimension score explanation }
  pay { commission overTargetBonus underTargetDeduction repairSavingsReward repairOverspendCharge net } } } }`;

/** A large year generated inside PostgreSQL (fast, and nothing of it passes through Node). */
async function generateLargeYear(knex: Knex, year: number): Promise<Record<string, number>> {
  await knex.raw(`insert into units (code, name, kind) select 'u' || lpad(i::text, 4, '0'), '单位' || i, 'STATION' from generate_series(1, ?) i`, [
    UNITS,
  ]);
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

const demo = await startBenchServer();
try {
  await loadDemoData(demo.knex);
  await demo.knex.raw("analyze");
  await demo.gql(QUERY, { year: 2025 }); // warm-up: schema, connections, plans
  await measure("assessment(2025), demo data (5 units)", runs, () => demo.gql(QUERY, { year: 2025 }));
} finally {
  await demo.close();
}

const large = await startBenchServer();
try {
  const generating = performance.now();
  const counts = await generateLargeYear(large.knex, 2025);
  console.log(`generated in ${((performance.now() - generating) / 1000).toFixed(1)} s:`, counts);
  const first = await large.gql(QUERY, { year: 2025 });
  console.log(`units assessed: ${first.data.assessment.results.length}, response ${(JSON.stringify(first).length / 1e6).toFixed(1)} MB`);
  // BENCH_PROFILE=DIR: a CPU profile of these requests (the server runs in this process).
  const profile = await startProfile(process.env.BENCH_PROFILE);
  await measure(`assessment(2025), ${UNITS} units`, runs, () => large.gql(QUERY, { year: 2025 }));
  await profile.stop();
  // Where the time goes: the SQL aggregates, then the engine (scores and explanations).
  let inputs: Awaited<ReturnType<typeof loadAssessmentInputs>> = [];
  await measure(`  of which the aggregate queries`, runs, async () => (inputs = await loadAssessmentInputs(large.knex, { year: 2025 })));
  await measure(`  of which the scoring engine`, runs, async () => assessUnits(inputs, DEFAULT_SCHEME));
  const explain = await large.knex.raw(
    `explain (analyze, format text) select unit_id, sum(amount) from revenue_records where record_date >= '2025-01-01' and record_date < '2026-01-01' group by unit_id`,
  );
  console.log(`revenue aggregate plan:\n${explain.rows.map((r: Record<string, string>) => `  ${r["QUERY PLAN"]}`).join("\n")}`);
} finally {
  await large.close();
}
