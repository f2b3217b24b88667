import "reflect-metadata";
import { loadDemoData } from "@station/db/demo";
import { loadAssessmentInputs } from "../server/src/assessment/assessment-inputs.repository.ts";
import { assessUnits } from "../server/src/assessment/scoring/index.ts";
import { DEFAULT_SCHEME } from "../server/src/scheme/scheme.model.ts";
import { storeScheme } from "../server/src/scheme/scheme.repository.ts";
import { readFileSync } from "node:fs";
import { measure, median, postRaw, startBenchServer, startProfile } from "./harness.ts";
import { buildServer, startServer, stopServer } from "./server-process.ts";
import { generateLargeYear, LARGE_YEAR_UNITS as UNITS } from "./large-year.ts";

/**
 * Time of assessment(year) over HTTP: for the demo data (five units), and for a generated year of
 * 1,000 units with weekly remittances in three categories (156,000 revenue rows), monthly costs,
 * callbacks, complaints, dispatch orders and five committee members' scores: fresh after one
 * unit's entry (the other units' results are reused), fresh after a scheme change (every unit is
 * scored), and unchanged. Each request is timed to the last byte of its uncompressed answer
 * (BenchServer.post), so the figure is the server's.
 * Usage: pnpm bench:assessment [runs]
 */
const runs = Number(process.argv[2] ?? 10);

const QUERY = `query($year: Int!) { assessment(year: $year) { finalized results {
  unit { code name } revenueActual completionRate total rank grade complete
  scores { dimension score explanation }
  pay { commission overTargetBonus underTargetDeduction repairSavingsReward repairOverspendCharge net } } } }`;

const demo = await startBenchServer();
try {
  await loadDemoData(demo.knex);
  await demo.knex.raw("analyze");
  await demo.gql(QUERY, { year: 2025 }); // warm-up: schema, connections, plans
  await measure("assessment(2025), demo data (5 units)", runs, () => demo.post(QUERY, { year: 2025 }));
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
  // Fresh after a clerk's entry: one revenue record for one unit (a different unit each run),
  // committed before the read, so the year's data version changes and the read computes again.
  // The other units' inputs are unchanged, so their results are reused (unit-result-memo.ts).
  let entries = 0;
  const entry = () =>
    large.knex.raw(
      `insert into revenue_records (unit_id, record_date, category, amount, reference)
       select id, '2025-12-29', 'VIEWING_FEE', 100.00, 'bench-entry-' || ? from units order by code offset ? limit 1`,
      [entries, entries++ % UNITS],
    );
  // Fresh after a scheme change: every unit is scored again. The revenue cap alternates between
  // two values above every unit's completion, so each run computes the same scores.
  let caps = 0;
  const schemeChange = () => storeScheme(large.knex, 2025, { ...DEFAULT_SCHEME, revenueCap: caps++ % 2 === 0 ? 150 : 160 });
  // The write (a statement of a millisecond or so) is inside the time measured. Side by side in
  // each run, so that all see the same load on this shared machine: both fresh requests, the SQL
  // aggregates they need (timed alone), and the engine on those inputs (with the explanations in
  // one language, as the request reads them).
  const afterEntry: number[] = [];
  const afterScheme: number[] = [];
  const sql: number[] = [];
  const engine: number[] = [];
  const timed = async (sink: number[], work: () => Promise<unknown> | unknown) => {
    const started = performance.now();
    const result = await work();
    sink.push(performance.now() - started);
    return result;
  };
  for (let run = 0; run < runs; run++) {
    await timed(afterEntry, async () => {
      await entry();
      await large.post(QUERY, { year: 2025 });
    });
    await timed(afterScheme, async () => {
      await schemeChange();
      await large.post(QUERY, { year: 2025 });
    });
    const inputs = (await timed(sql, () => loadAssessmentInputs(large.knex, { year: 2025 }))) as Awaited<ReturnType<typeof loadAssessmentInputs>>;
    await timed(engine, () => {
      let explained = 0;
      for (const result of assessUnits(inputs, DEFAULT_SCHEME)) for (const score of result.scores) explained += score.explanation.zh.length;
      return explained;
    });
  }
  const ms = (times: number[]) => `median ${median(times).toFixed(1)} ms, min ${Math.min(...times).toFixed(1)} ms`;
  const ratio = (times: number[]) => `${(median(times) / median(sql)).toFixed(2)}× its SQL`;
  console.log(`assessment(2025), ${UNITS} units, fresh after one unit's entry: ${ms(afterEntry)}, ${ratio(afterEntry)} (${runs} runs)`);
  console.log(`assessment(2025), ${UNITS} units, fresh after a scheme change (every unit scored): ${ms(afterScheme)}, ${ratio(afterScheme)}`);
  console.log(`  its SQL aggregates alone: ${ms(sql)}; the scoring engine alone: ${ms(engine)}`);
  console.log("  (ratios: medians of the same runs; target ≤ 2×)");
  await measure(`assessment(2025), ${UNITS} units, unchanged year (data version cache)`, runs, () => large.post(QUERY, { year: 2025 }));
  await profile.stop();
  // The server's memory over many fresh assessments, as the OS sees it: the compiled server as
  // `pnpm start` runs it, in its own process on the same database (this process also holds the
  // bench's client and TypeScript loader). BENCH_RSS_RUNS (default 50) per batch, alternately
  // after a scheme change and after one unit's entry; 0 skips it (the 10,000-unit year takes
  // seconds per run).
  const perBatch = Number(process.env.BENCH_RSS_RUNS ?? 50);
  if (perBatch > 0) {
    buildServer();
    const server = await startServer("product", large.databaseUrl);
    try {
      const port = Number(new URL(server.url).port);
      const body = JSON.stringify({ query: QUERY, variables: { year: 2025 } });
      for (const batch of [1, 2]) {
        for (let i = 0; i < perBatch; i++) {
          await (i % 2 === 0 ? schemeChange() : entry());
          await postRaw(port, large.token, body);
        }
        console.log(`server RSS after ${batch * perBatch} fresh assessments: ${processMemory(server.child.pid!)}`);
      }
    } finally {
      await stopServer(server);
    }
  }
  const explain = await large.knex.raw(
    `explain (analyze, format text) select unit_id, sum(amount) from revenue_records where record_date >= '2025-01-01' and record_date < '2026-01-01' group by unit_id`,
  );
  console.log(`revenue aggregate plan:\n${explain.rows.map((r: Record<string, string>) => `  ${r["QUERY PLAN"]}`).join("\n")}`);
} finally {
  await large.close();
}

/** A process's resident memory now and at its peak, from /proc (Linux). */
function processMemory(pid: number): string {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? Number.NaN);
  return `${(kb("VmRSS") / 1024).toFixed(0)} MB (peak ${(kb("VmHWM") / 1024).toFixed(0)} MB)`;
}
