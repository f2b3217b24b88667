import "reflect-metadata";
import autocannon from "autocannon";
import { createKnex, dropDatabase, ensureDatabase, migrateLatest, startEmbeddedPostgres, withDatabase } from "@station/db";
import { loadDemoData } from "@station/db/demo";
import { spawn, type ChildProcess } from "node:child_process";
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { isDeepStrictEqual } from "node:util";
import { benchToken } from "./harness.ts";
import { generateLargeYear } from "./large-year.ts";
import { buildServer, freePort, SERVER_DIR } from "./server-process.ts";

/**
 * The product's server (compiled, as `pnpm start` runs it) side by side with a bare node:http +
 * pg server answering the same JSON (bare-server.ts), on the same databases, signed in with a
 * token: `{ units { code name } }` and the contracts-with-units query on the demo data, and
 * assessment(year) of a 1,000-unit year. autocannon drives each (c=10) after a warm-up, in three
 * interleaved rounds; printed: req/s, p50, p99, the ratio, and the SQL transactions per request
 * (pg_stat_database's commits over sequential requests; every statement outside a transaction is
 * one). Usage: pnpm bench:compare [seconds per run, default 8]
 */
const seconds = Number(process.argv[2] ?? 8);
const here = path.dirname(fileURLToPath(import.meta.url));

const WORKLOADS = [
  { name: "units", database: "demo", operationName: "Units", query: "query Units { units { code name } }", variables: {} },
  {
    name: "contracts + units",
    database: "demo",
    operationName: "Contracts",
    query:
      "query Contracts($year: Int!) { contracts(year: $year) { year revenueTarget staffCount vehicleCount baseExpense repairBudget unit { code name } } }",
    variables: { year: 2025 },
  },
  {
    name: "assessment, 1,000 units",
    database: "large",
    operationName: "Assessment",
    query: `query Assessment($year: Int!) { assessment(year: $year) { finalized results {
      unit { code name } revenueActual completionRate total rank grade complete
      scores { dimension score explanation }
      pay { commission overTargetBonus underTargetDeduction repairSavingsReward repairOverspendCharge net } } } }`,
    variables: { year: 2025 },
  },
] as const;
type Workload = (typeof WORKLOADS)[number];

interface Server {
  name: "product" | "bare";
  url: string;
  child: ChildProcess;
}

async function startServer(name: Server["name"], databaseUrl: string): Promise<Server> {
  const port = await freePort();
  const args = name === "product" ? ["--enable-source-maps", "dist/main.js"] : ["--import", "tsx", path.join(here, "bare-server.ts")];
  const child = spawn(process.execPath, args, {
    cwd: name === "product" ? SERVER_DIR : here,
    env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", DATABASE_URL: databaseUrl, LOG_LEVEL: "warn", NODE_ENV: "production" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://127.0.0.1:${port}/graphql`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`the ${name} server exited with ${child.exitCode}`);
    if (
      await fetch(url, { method: "POST", body: "{}" }).then(
        () => true,
        () => false,
      )
    )
      return { name, url, child };
    if (i > 1500) throw new Error(`the ${name} server did not answer`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function stop(server: Server) {
  const exited = new Promise((resolve) => server.child.once("exit", resolve));
  server.child.kill("SIGINT");
  await exited;
}

const body = (w: Workload) => JSON.stringify({ operationName: w.operationName, query: w.query, variables: w.variables });

async function answer(server: Server, w: Workload, token: string): Promise<unknown> {
  const response = await fetch(server.url, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: body(w),
  });
  const json = (await response.json()) as { data?: unknown; errors?: unknown };
  if (!json.data) throw new Error(`${server.name} ${w.name}: ${JSON.stringify(json).slice(0, 500)}`);
  return json.data;
}

async function drive(server: Server, w: Workload, token: string, duration: number) {
  const result = await autocannon({
    url: server.url,
    method: "POST",
    connections: 10,
    duration,
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: body(w),
    timeout: 30,
  });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, failed: result.non2xx + result.errors + result.timeouts };
}

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
    const servers: Record<string, Server[]> = {};
    for (const [name, url] of Object.entries(urls)) servers[name] = [await startServer("product", url), await startServer("bare", url)];

    // The same JSON from both, and the SQL transactions each spends per request.
    const stats = createKnex({ url: embedded.url, poolMax: 1 });
    const commits = async (database: string) =>
      Number((await stats.raw("select xact_commit from pg_stat_database where datname = ?", [database])).rows[0].xact_commit);
    for (const w of WORKLOADS) {
      const [product, bare] = servers[w.database];
      const [ours, theirs] = [await answer(product, w, tokens[w.database]), await answer(bare, w, tokens[w.database])];
      const same = isDeepStrictEqual(ours, theirs);
      const perRequest: string[] = [];
      for (const server of [product, bare]) {
        const n = 20;
        // An idle backend hands its counts to the statistics within 10 s (PostgreSQL's PGSTAT_IDLE_INTERVAL).
        const settle = () => new Promise((resolve) => setTimeout(resolve, 11_000));
        await answer(server, w, tokens[w.database]);
        await settle();
        const before = await commits(`compare_${w.database}`);
        for (let i = 0; i < n; i++) await answer(server, w, tokens[w.database]);
        await settle();
        perRequest.push((((await commits(`compare_${w.database}`)) - before) / n).toFixed(1));
      }
      console.log(`${w.name}: same JSON ${same ? "yes" : "NO"}; SQL transactions per request: product ${perRequest[0]}, bare ${perRequest[1]}`);
      if (!same) console.log(`  product: ${JSON.stringify(ours).slice(0, 300)}\n  bare:    ${JSON.stringify(theirs).slice(0, 300)}`);
    }
    await stats.destroy();

    const rounds: Record<string, { product: Awaited<ReturnType<typeof drive>>[]; bare: Awaited<ReturnType<typeof drive>>[] }> = {};
    for (const w of WORKLOADS) {
      rounds[w.name] = { product: [], bare: [] };
      for (const server of servers[w.database]) await drive(server, w, tokens[w.database], 2); // warm-up
    }
    for (let round = 1; round <= 3; round++) {
      for (const w of WORKLOADS) {
        for (const server of servers[w.database]) {
          const run = await drive(server, w, tokens[w.database], seconds);
          rounds[w.name][server.name].push(run);
          console.log(
            `round ${round} ${w.name.padEnd(24)} ${server.name.padEnd(7)}: ${run.rps.toFixed(0).padStart(6)} req/s, p50 ${run.p50} ms, p99 ${run.p99} ms${run.failed ? `, ${run.failed} failed` : ""}`,
          );
        }
      }
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
    console.log(`\nmedians of 3 rounds (c=10, ${seconds} s each):`);
    for (const w of WORKLOADS) {
      const { product, bare } = rounds[w.name];
      const ours = median(product.map((r) => r.rps));
      const theirs = median(bare.map((r) => r.rps));
      console.log(
        `${w.name.padEnd(24)} product ${ours.toFixed(0).padStart(6)} req/s (p50 ${median(product.map((r) => r.p50))} ms, p99 ${median(product.map((r) => r.p99))} ms)` +
          ` · bare ${theirs.toFixed(0).padStart(6)} req/s (p50 ${median(bare.map((r) => r.p50))} ms, p99 ${median(bare.map((r) => r.p99))} ms)` +
          ` · product/bare ${(ours / theirs).toFixed(2)}×`,
      );
    }
    for (const pair of Object.values(servers)) for (const server of pair) await stop(server);
  } finally {
    for (const name of Object.keys(urls)) await dropDatabase(embedded.url, `compare_${name}`).catch(() => {});
    await embedded.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
