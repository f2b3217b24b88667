import "reflect-metadata";
import autocannon from "autocannon";
import { createKnex, dropDatabase, ensureDatabase, migrateLatest, startEmbeddedPostgres, withDatabase } from "@station/db";
import { loadDemoData } from "@station/db/demo";
import { readFileSync } from "node:fs";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import { benchToken, median } from "./harness.ts";
import { generateLargeYear } from "./large-year.ts";
import { buildServer, type ServerName, type SpawnedServer, startServer, stopServer } from "./server-process.ts";

/**
 * The product's server (compiled, as `pnpm start` runs it) side by side with PostGraphile v4
 * (postgraphile-server.ts: its own schema over the same tables, the same token check), the
 * product's own schema served without Express and Apollo Server (no-framework-server.ts: where the
 * framework's share of the time shows) and a bare node:http + pg server answering the same JSON
 * (bare-server.ts), on the same databases, signed in
 * with a token: `{ units { code name } }` and the contracts-with-units query on the demo data, and
 * assessment(year) of a 1,000-unit year (which PostGraphile cannot answer: it has no scoring).
 * autocannon drives each (c=10) after a warm-up, in three rounds that interleave all servers;
 * printed: whether the answers hold the same rows, req/s, p50, p99, each server's CPU time per
 * request, the product's ratios to each of the others (of req/s, and of CPU per request),
 * and the SQL transactions per request (pg_stat_database's commits over sequential requests;
 * every statement outside a transaction is one).
 * Usage: pnpm bench:compare [seconds per run, default 8]
 */
const seconds = Number(process.argv[2] ?? 8);

interface GraphqlRequest {
  operationName: string;
  query: string;
  variables: Record<string, unknown>;
}

interface Workload {
  name: string;
  database: "demo" | "large";
  request: GraphqlRequest;
  /** PostGraphile's own query for the same rows, and its answer reshaped as the product's. */
  postgraphile?: { request: GraphqlRequest; asProduct(data: any): unknown };
}

const WORKLOADS: Workload[] = [
  {
    name: "units",
    database: "demo",
    request: { operationName: "Units", query: "query Units { units { code name } }", variables: {} },
    postgraphile: {
      // Retired units are left out by the product; v4's condition can only say "not retired at all".
      request: {
        operationName: "Units",
        query: "query Units { allUnits(orderBy: PRIMARY_KEY_ASC, condition: { retiredFrom: null }) { nodes { code name } } }",
        variables: {},
      },
      asProduct: (data) => ({ units: data.allUnits.nodes }),
    },
  },
  {
    name: "contracts + units",
    database: "demo",
    request: {
      operationName: "Contracts",
      query:
        "query Contracts($year: Int!) { contracts(year: $year) { year revenueTarget staffCount vehicleCount baseExpense repairBudget unit { code name } } }",
      variables: { year: 2025 },
    },
    postgraphile: {
      request: {
        operationName: "Contracts",
        query: `query Contracts($year: Int!) { allContracts(orderBy: UNIT_ID_ASC, condition: { year: $year }) { nodes {
          year revenueTarget staffCount vehicleCount baseExpense repairBudget unitByUnitId { code name } } } }`,
        variables: { year: 2025 },
      },
      asProduct: (data) => ({
        contracts: data.allContracts.nodes.map(({ unitByUnitId, ...contract }: { unitByUnitId: unknown }) => ({ ...contract, unit: unitByUnitId })),
      }),
    },
  },
  {
    name: "assessment, 1,000 units",
    database: "large",
    request: {
      operationName: "Assessment",
      query: `query Assessment($year: Int!) { assessment(year: $year) { finalized results {
      unit { code name } revenueActual completionRate total rank grade complete
      scores { dimension score explanation }
      pay { commission overTargetBonus underTargetDeduction repairSavingsReward repairOverspendCharge net } } } }`,
      variables: { year: 2025 },
    },
  },
];

/** The servers that answer a workload, in the order each round drives them. */
const serversOf = (w: Workload): ServerName[] =>
  w.postgraphile ? ["product", "no framework", "PostGraphile", "bare"] : ["product", "no framework", "bare"];
const requestOf = (w: Workload, server: ServerName) => (server === "PostGraphile" && w.postgraphile ? w.postgraphile.request : w.request);

async function answer(server: SpawnedServer, request: GraphqlRequest, token: string): Promise<unknown> {
  const response = await fetch(server.url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify(request),
  });
  const json = (await response.json()) as { data?: unknown; errors?: unknown };
  if (!json.data || json.errors) throw new Error(`${server.name} ${request.operationName}: ${JSON.stringify(json).slice(0, 500)}`);
  return json.data;
}

async function drive(server: SpawnedServer, request: GraphqlRequest, token: string, duration: number) {
  // autocannon stops at the deadline without waiting for the answers in flight: a server may still
  // be computing ten abandoned assessments (seconds each for the bare one) while the next run starts.
  await machineIdle();
  const cpuBefore = processCpuMs(server.child.pid);
  const result = await autocannon({
    url: server.url,
    method: "POST",
    connections: 10,
    duration,
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify(request),
    timeout: 30,
  });
  // The server's own CPU time (user + system) per answered request: on this shared machine less
  // noisy than req/s, which also moves with whatever else the cores are doing.
  const cpuPerRequest = ((processCpuMs(server.child.pid) - cpuBefore) * 1000) / Math.max(1, result.requests.total);
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    cpuMicros: cpuPerRequest,
    failed: result.non2xx + result.errors + result.timeouts,
  };
}

/** Waits (at most 20 s) until this machine's cores are mostly idle over a quarter of a second (/proc/stat; Linux). */
async function machineIdle(): Promise<void> {
  const sample = () => {
    try {
      const [, ...ticks] = readFileSync("/proc/stat", "utf8").split("\n")[0].trim().split(/\s+/).map(Number);
      // user nice system idle iowait irq softirq steal …: the share of the time this machine had that went idle.
      return { idle: ticks[3] + ticks[4], total: ticks.slice(0, 7).reduce((a, b) => a + b, 0) };
    } catch {
      return null;
    }
  };
  for (const started = Date.now(); Date.now() - started < 20_000; ) {
    const before = sample();
    await new Promise((resolve) => setTimeout(resolve, 250));
    const after = sample();
    if (!before || !after || (after.idle - before.idle) / Math.max(1, after.total - before.total) > 0.8) return;
  }
}

/** A process's CPU time so far in ms, from /proc (Linux); NaN elsewhere. */
function processCpuMs(pid: number | undefined): number {
  try {
    // Fields after the command name: utime and stime are the 12th and 13th, in clock ticks (1/100 s).
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ");
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return Number.NaN;
  }
}
type Run = Awaited<ReturnType<typeof drive>>;
/** Server CPU time per request: µs below 10 ms, else ms. */
const micros = (us: number) => (us < 10_000 ? `${us.toFixed(0)} µs` : `${(us / 1000).toFixed(0)} ms`);
/** req/s with a decimal where whole numbers would hide the difference (the assessment's 1–3 req/s). */
const perSecond = (rps: number) => rps.toFixed(rps < 20 ? 1 : 0).padStart(6);

async function main() {
  buildServer();
  const dir = await mkdtemp(path.join(os.tmpdir(), "station-bench-compare-"));
  await chmod(dir, 0o755);
  const embedded = await startEmbeddedPostgres({
    dataDir: path.join(dir, "data"),
    port: 54900 + Math.floor(Math.random() * 90),
    database: "postgres",
  });
  const urls = { demo: withDatabase(embedded.url, "compare_demo"), large: withDatabase(embedded.url, "compare_large") };
  const tokens: Record<string, string> = {};
  try {
    for (const [name, url] of Object.entries(urls)) {
      await ensureDatabase(embedded.url, `compare_${name}`);
      const knex = createKnex({ url, poolMax: 4 });
      await migrateLatest(knex);
      if (name === "demo") await loadDemoData(knex);
      else await generateLargeYear(knex, 2025);
      await knex.raw("analyze");
      tokens[name] = await benchToken(knex);
      await knex.destroy();
    }
    const servers: Record<string, Partial<Record<ServerName, SpawnedServer>>> = {};
    for (const [database, url] of Object.entries(urls)) {
      servers[database] = {};
      const names = [...new Set(WORKLOADS.filter((w) => w.database === database).flatMap(serversOf))];
      for (const name of names) servers[database][name] = await startServer(name, url);
    }
    const serverFor = (w: Workload, name: ServerName) => servers[w.database][name]!;

    // The same answers from all, and the SQL transactions each spends per request.
    const stats = createKnex({ url: embedded.url, poolMax: 1 });
    const commits = async (database: string) =>
      Number((await stats.raw("select xact_commit from pg_stat_database where datname = ?", [database])).rows[0].xact_commit);
    for (const w of WORKLOADS) {
      const token = tokens[w.database];
      const ours = await answer(serverFor(w, "product"), w.request, token);
      const bare = await answer(serverFor(w, "bare"), w.request, token);
      const withoutFramework = await answer(serverFor(w, "no framework"), w.request, token);
      const same = [
        `same JSON as bare ${isDeepStrictEqual(ours, bare) ? "yes" : "NO"}`,
        `as without the framework ${isDeepStrictEqual(ours, withoutFramework) ? "yes" : "NO"}`,
      ];
      if (!isDeepStrictEqual(ours, bare))
        console.log(`  product: ${JSON.stringify(ours).slice(0, 300)}\n  bare:    ${JSON.stringify(bare).slice(0, 300)}`);
      if (w.postgraphile) {
        const theirs = w.postgraphile.asProduct(await answer(serverFor(w, "PostGraphile"), w.postgraphile.request, token));
        const rows = Object.values(theirs as Record<string, unknown[]>)[0].length;
        same.push(`same rows from PostGraphile ${isDeepStrictEqual(ours, theirs) ? "yes" : "NO"} (${rows} rows)`);
        if (!isDeepStrictEqual(ours, theirs)) console.log(`  PostGraphile: ${JSON.stringify(theirs).slice(0, 300)}`);
      }
      const perRequest: string[] = [];
      for (const name of serversOf(w)) {
        const n = 20;
        const server = serverFor(w, name);
        const request = requestOf(w, name);
        // An idle backend hands its counts to the statistics within 10 s (PostgreSQL's PGSTAT_IDLE_INTERVAL).
        const settle = () => new Promise((resolve) => setTimeout(resolve, 11_000));
        await answer(server, request, token);
        await settle();
        const before = await commits(`compare_${w.database}`);
        for (let i = 0; i < n; i++) await answer(server, request, token);
        await settle();
        perRequest.push(`${name} ${(((await commits(`compare_${w.database}`)) - before) / n).toFixed(1)}`);
      }
      console.log(`${w.name}: ${same.join("; ")}; SQL transactions per request: ${perRequest.join(", ")}`);
    }
    await stats.destroy();

    const rounds: Record<string, Partial<Record<ServerName, Run[]>>> = {};
    for (const w of WORKLOADS) {
      rounds[w.name] = Object.fromEntries(serversOf(w).map((name) => [name, []]));
      for (const name of serversOf(w)) await drive(serverFor(w, name), requestOf(w, name), tokens[w.database], 2); // warm-up
    }
    for (let round = 1; round <= 3; round++) {
      for (const w of WORKLOADS) {
        for (const name of serversOf(w)) {
          const run = await drive(serverFor(w, name), requestOf(w, name), tokens[w.database], seconds);
          rounds[w.name][name]!.push(run);
          console.log(
            `round ${round} ${w.name.padEnd(24)} ${name.padEnd(12)}: ${perSecond(run.rps)} req/s, p50 ${run.p50} ms, p99 ${run.p99} ms, server CPU ${micros(run.cpuMicros)}/request${run.failed ? `, ${run.failed} failed` : ""}`,
          );
        }
      }
    }
    console.log(`\nmedians of 3 rounds (c=10, ${seconds} s each):`);
    for (const w of WORKLOADS) {
      const rps = (name: ServerName) => median(rounds[w.name][name]!.map((r) => r.rps));
      const cpu = (name: ServerName) => median(rounds[w.name][name]!.map((r) => r.cpuMicros));
      const figures = serversOf(w).map((name) => {
        const runs = rounds[w.name][name]!;
        return `${name} ${perSecond(rps(name))} req/s (p50 ${median(runs.map((r) => r.p50))} ms, p99 ${median(runs.map((r) => r.p99))} ms, CPU ${micros(cpu(name))}/request)`;
      });
      const ratios = serversOf(w)
        .filter((name) => name !== "product")
        .map((name) => `product/${name} ${(rps("product") / rps(name)).toFixed(2)}× (CPU per request ${(cpu("product") / cpu(name)).toFixed(1)}×)`);
      console.log(`${w.name.padEnd(24)} ${figures.join(" · ")} · ${ratios.join(" · ")}`);
    }
    for (const byName of Object.values(servers)) for (const server of Object.values(byName)) await stopServer(server!);
  } finally {
    for (const name of Object.keys(urls)) await dropDatabase(embedded.url, `compare_${name}`).catch(() => {});
    await embedded.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
