import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { measure, startBenchServer } from "./harness.ts";

/**
 * How long the clerk's import of a whole year takes through the public API: the worked example
 * (5 units, 780 remittances, 66 costs, 123 callbacks, 11 complaints, 15 dispatches, 42 scores),
 * sent as one batch per record kind plus one call per unit, contract and score, each run into a
 * fresh database. Usage: pnpm bench:load-year [runs]
 */
const runs = Number(process.argv[2] ?? 5);
const here = path.dirname(fileURLToPath(import.meta.url));
const dataset = JSON.parse(readFileSync(path.join(here, "../db/seeds/year-2025.json"), "utf8"));

const UNIT = `mutation($input: UnitInput!) { upsertUnit(input: $input) { id } }`;
const CONTRACT = `mutation($input: ContractInput!) { setContract(input: $input) { year } }`;
const SCORE = `mutation($input: ScoreInput!) { submitScore(input: $input) { id } }`;
const BATCHES: [string, string, (r: any) => any][] = [
  ["recordRevenue", "RevenueInput", (r) => ({ ...r, correction: r.amount.startsWith("-") })],
  ["recordCosts", "CostInput", (r) => r],
  ["recordCallbacks", "CallbackInput", (r) => r],
  ["recordComplaints", "ComplaintInput", (r) => r],
  ["recordDispatches", "DispatchInput", (r) => r],
];
const KEYS: Record<string, string> = {
  recordRevenue: "revenue",
  recordCosts: "costs",
  recordCallbacks: "callbacks",
  recordComplaints: "complaints",
  recordDispatches: "dispatches",
};

async function loadOnce(): Promise<number> {
  const server = await startBenchServer();
  try {
    const started = performance.now();
    for (const unit of dataset.units) await server.gql(UNIT, { input: unit });
    for (const t of dataset.targets) {
      await server.gql(CONTRACT, {
        input: {
          ...t,
          revenueCommissionRate: Number(t.revenueCommissionRate),
          overTargetRate: Number(t.overTargetRate),
          underTargetDeductionRate: Number(t.underTargetDeductionRate),
          repairSavingsRewardRate: Number(t.repairSavingsRewardRate),
        },
      });
    }
    for (const [mutation, type, map] of BATCHES) {
      await server.gql(`mutation($entries: [${type}!]!) { ${mutation}(entries: $entries) { inserted } }`, {
        entries: dataset[KEYS[mutation]].map(map),
      });
    }
    for (const score of dataset.committeeScores) await server.gql(SCORE, { input: { ...score, year: dataset.year } });
    return performance.now() - started;
  } finally {
    await server.close();
  }
}

const times: number[] = [];
await measure(`load the worked-example year through the API`, runs, async () => times.push(await loadOnce()));
const sorted = times.sort((a, b) => a - b);
console.log(`API time only (excluding database set-up): median ${sorted[Math.floor(sorted.length / 2)].toFixed(1)} ms`);
