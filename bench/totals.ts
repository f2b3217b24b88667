import "reflect-metadata";
import autocannon from "autocannon";
import { createKnex, dropDatabase, ensureDatabase, migrateLatest, startEmbeddedPostgres, withDatabase } from "@station/db";
import { chmod, mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ViewerScope } from "../server/src/auth/viewer-scope.ts";
import { runQueries } from "../server/src/common/concurrent-queries.ts";
import { aggregateLedger, type Ledger, LEDGERS } from "../server/src/totals/ledger-aggregates.ts";
import { aggregateYearTotals } from "../server/src/totals/year-totals.repository.ts";
import { findUnitsInYears } from "../server/src/units/unit.repository.ts";
import { yearRange } from "../server/src/years/year.ts";
import { benchToken, median } from "./harness.ts";
import { generateLargeYear, LARGE_YEAR_UNITS as UNITS } from "./large-year.ts";
import { buildServer, startServer, stopServer } from "./server-process.ts";

/**
 * The totals queries of a 1,000-unit year over HTTP against their own SQL. The compiled product
 * runs as its own process (as `pnpm start` runs it), signed in with an administrator's token.
 * For each query: the sequential median over HTTP (gzip accepted, as the dashboard's browser asks;
 * and uncompressed), the median of the SQL statements the totals
 * service runs for it (the aggregates of the ledgers its fields select, concurrently as the
 * service runs them, then the unit-name statement of `unit { … }`), timed directly with knex
 * on the same database (the three interleaved, run after run), the ratio, and an autocannon run
 * at c=10 (req/s, p50, p99, non-2xx).
 * The dashboard's monthly queries are read from dashboard/src as the dashboard sends them.
 * Usage: pnpm bench:totals [sequential runs, default 15] [seconds at c=10, default 15]
 * (BENCH_TOTALS=name,… runs only the workloads whose names contain one of them)
 */
const runs = Number(process.argv[2] ?? 15);
const seconds = Number(process.argv[3] ?? 15);
const YEAR = 2025;
const dashboardDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../dashboard/src/views");

/** A query of the dashboard, as written in its source (`graphql(\`query Name … \`)`). */
async function dashboardQuery(file: string, name: string): Promise<string> {
  const source = await readFile(path.join(dashboardDir, file), "utf8");
  const found = new RegExp(`graphql\\(\`\\s*(query ${name}\\b[^\`]*)\`\\)`).exec(source);
  if (!found) throw new Error(`no query ${name} in ${file}`);
  return found[1];
}

interface TotalsWorkload {
  name: string;
  query: string;
  /** Which statements the totals service runs for it. */
  sql: { kind: "monthly" | "year"; ledgers: readonly Ledger[] };
}

const EVERY_MONTHLY_FIELD = `query MonthlyEverything($year: Int!) { monthlyTotals(year: $year) {
  month viewingFee inspectionFee arrears revenue repairCost otherCost callbacksSatisfied callbacksBasicallySatisfied
  callbacksDissatisfied complaints repeatComplaints dispatchesOnTime dispatchesLate dispatchesRefused unit { code name } } }`;

const WORKLOADS: TotalsWorkload[] = [
  {
    name: "monthlyTotals, dashboard 收入 (RevenueMonthly)",
    query: await dashboardQuery("revenue/revenue-queries.ts", "RevenueMonthly"),
    sql: { kind: "monthly", ledgers: ["revenue"] },
  },
  {
    name: "monthlyTotals, revenue only",
    query: "query MonthlyRevenue($year: Int!) { monthlyTotals(year: $year) { month revenue unit { code } } }",
    sql: { kind: "monthly", ledgers: ["revenue"] },
  },
  {
    name: "monthlyTotals, dashboard 成本 (CostMonthly)",
    query: await dashboardQuery("cost/cost-queries.ts", "CostMonthly"),
    sql: { kind: "monthly", ledgers: ["costs"] },
  },
  {
    name: "monthlyTotals, dashboard 服务 (ServiceMonthly)",
    query: await dashboardQuery("service/service-queries.ts", "ServiceMonthly"),
    sql: { kind: "monthly", ledgers: ["callbacks", "complaints", "dispatches"] },
  },
  { name: "monthlyTotals, every field", query: EVERY_MONTHLY_FIELD, sql: { kind: "monthly", ledgers: LEDGERS } },
  {
    name: "yearTotals, every ledger",
    query: `query YearEverything($year: Int!) { yearTotals(year: $year) { year viewingFee inspectionFee arrears revenueActual repairCost
      repairCostBeforeWindow warrantyExchangeAmount otherCost callbacksSatisfied callbacksBasicallySatisfied callbacksDissatisfied
      complaints repeatComplaints dispatchesOnTime dispatchesLate dispatchesRefused satisfactionScoreCount cooperationScoreCount unit { code name } } }`,
    sql: { kind: "year", ledgers: LEDGERS },
  },
];

const ms = (value: number) => `${value.toFixed(1)} ms`;

/**
 * Median milliseconds of each piece of work, run in turn `runs` times (interleaved, so a busy
 * moment of this shared machine falls on all of them alike).
 */
async function interleavedMedians(...works: (() => Promise<unknown>)[]): Promise<number[]> {
  const times = works.map(() => [] as number[]);
  for (let i = 0; i < runs; i++) {
    for (const [w, work] of works.entries()) {
      const started = performance.now();
      await work();
      times[w].push(performance.now() - started);
    }
  }
  return times.map(median);
}

async function main() {
  buildServer();
  const dir = await mkdtemp(path.join(os.tmpdir(), "station-bench-totals-"));
  await chmod(dir, 0o755);
  const embedded = await startEmbeddedPostgres({
    dataDir: path.join(dir, "data"),
    port: 54800 + Math.floor(Math.random() * 90),
    database: "postgres",
  });
  const url = withDatabase(embedded.url, "totals_large");
  try {
    await ensureDatabase(embedded.url, "totals_large");
    const knex = createKnex({ url, poolMax: 10 });
    await migrateLatest(knex);
    const counts = await generateLargeYear(knex, YEAR);
    console.log(`generated year ${YEAR}:`, counts);
    const token = await benchToken(knex);
    // BENCH_PROFILE=DIR: the product writes a CPU profile of the whole run to DIR when it stops.
    const profile = process.env.BENCH_PROFILE;
    const server = await startServer("product", url, profile ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(profile)}`] : []);
    // As a browser asks (gzip: the server compresses answers over 32 kB), or for the answer as it is.
    const post = async (query: string, encoding = "gzip, deflate") => {
      const response = await fetch(server.url, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}`, "accept-encoding": encoding },
        body: JSON.stringify({ query, variables: { year: YEAR } }),
      });
      const body = (await response.json()) as { data?: Record<string, unknown[]>; errors?: unknown };
      if (!body.data || body.errors) throw new Error(JSON.stringify(body).slice(0, 1000));
      return Object.values(body.data)[0];
    };

    // The statements the totals service runs for each query, straight on the database.
    const [from, to] = yearRange(YEAR);
    const aggregates = ({ kind, ledgers }: TotalsWorkload["sql"]): Promise<{ unit_id: number }[]> =>
      kind === "year"
        ? aggregateYearTotals(knex, ViewerScope.system(knex), { year: YEAR }, ledgers).then((rows) => rows.map((r) => ({ unit_id: r.unitId })))
        : runQueries(
            knex,
            ledgers.map((ledger) => () => aggregateLedger(knex, ledger, { from, to, units: null, byMonth: true })),
          ).then((results) => results.flat() as { unit_id: number }[]);
    const withNames = async (sql: TotalsWorkload["sql"]) => {
      const rows = await aggregates(sql);
      const ids = [...new Set(rows.map((r) => r.unit_id))];
      await findUnitsInYears(
        knex,
        ids.map((unitId) => ({ unitId, year: YEAR })),
      );
    };

    console.log(`\n${UNITS} units, year ${YEAR}; sequential medians of ${runs} runs, then autocannon c=10 for ${seconds} s:`);
    const only = process.env.BENCH_TOTALS?.split(",");
    for (const w of WORKLOADS.filter((w) => !only || only.some((part) => w.name.includes(part)))) {
      const rows = await post(w.query); // warm-up: plans, connections
      await withNames(w.sql);
      const [http, identity, sql, sqlAggregates] = await interleavedMedians(
        () => post(w.query),
        () => post(w.query, "identity"),
        () => withNames(w.sql),
        () => aggregates(w.sql),
      );
      const load = await autocannon({
        url: server.url,
        method: "POST",
        connections: 10,
        duration: seconds,
        headers: { "content-type": "application/json", authorization: `Bearer ${token}`, "accept-encoding": "gzip, deflate" },
        body: JSON.stringify({ query: w.query, variables: { year: YEAR } }),
        timeout: 30,
      });
      console.log(
        `${w.name} [${w.sql.ledgers.join(", ")}]: ${rows.length} rows; HTTP ${ms(http)} (uncompressed ${ms(identity)}), its SQL ${ms(sql)} (aggregates ${ms(sqlAggregates)}), ` +
          `HTTP/SQL ${(http / sql).toFixed(2)}× (uncompressed ${(identity / sql).toFixed(2)}×); c=10: ${load.requests.average.toFixed(1)} req/s, p50 ${load.latency.p50} ms, p99 ${load.latency.p99} ms, ` +
          `non-2xx ${load.non2xx}, errors ${load.errors}, timeouts ${load.timeouts}`,
      );
    }
    await stopServer(server);
    await knex.destroy();
  } finally {
    await dropDatabase(embedded.url, "totals_large").catch(() => {});
    await embedded.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
