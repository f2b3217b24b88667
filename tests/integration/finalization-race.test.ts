import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FINALIZE, RECORD_REVENUE, REOPEN, SET_CONTRACT, SUBMIT_SCORE, UPSERT_UNIT } from "../support/operations.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

/**
 * Finalising a year while the clerk's batches and the committee's score edits are in flight.
 * The promise: what a finalised year shows is exactly what is stored. Every batch the server
 * acknowledged is in the frozen result, every batch it refused (YEAR_FINALIZED) is not stored,
 * and the frozen totals equal the sums of the year's stored rows — run after run.
 */
const YEAR = 2031;
const RUNS = 20;
const UNITS = ["race-a", "race-b"];
const MEMBERS = ["race-m1", "race-m2", "race-m3"];

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
  for (const code of UNITS) {
    expect((await server.gql(UPSERT_UNIT, { input: { code, name: code, kind: "STATION" } })).errors).toBeUndefined();
    const contract = {
      unitCode: code,
      year: YEAR,
      revenueTarget: "1000000.00",
      staffCount: 5,
      vehicleCount: 1,
      baseExpense: "100000.00",
      repairBudget: "50000.00",
      repairBudgetFromMonth: 1,
      revenueCommissionRate: 5,
      overTargetRate: 10,
      underTargetDeductionRate: 5,
      repairSavingsRewardRate: 30,
    };
    expect((await server.gql(SET_CONTRACT, { input: contract })).errors).toBeUndefined();
    for (const member of MEMBERS) {
      for (const dimension of ["SATISFACTION", "COOPERATION"]) {
        const score = { year: YEAR, unitCode: code, dimension, member, score: 80 };
        expect((await server.gql(SUBMIT_SCORE, { input: score })).errors).toBeUndefined();
      }
    }
  }
});
afterAll(() => server?.close());

interface RunOutcome {
  acknowledged: string[];
  refused: string[];
  scoreEdits: number;
}

/** Streams batches and score edits until finalisation has answered, then a few more. */
async function raceOnce(run: number): Promise<RunOutcome> {
  const outcome: RunOutcome = { acknowledged: [], refused: [], scoreEdits: 0 };
  let finalized = false;
  let batch = 0;
  const stream = async (lane: number) => {
    for (let afterFinal = 0; afterFinal < 2; ) {
      const prefix = `RACE-${run}-${lane}-${batch++}`;
      const entries = Array.from({ length: 20 }, (_, i) => ({
        unitCode: UNITS[i % 2],
        date: `${YEAR}-06-${String((i % 28) + 1).padStart(2, "0")}`,
        category: "VIEWING_FEE",
        amount: "100.01",
        reference: `${prefix}-${i}`,
      }));
      const response = await server.gql(RECORD_REVENUE, { entries });
      if (response.errors) {
        expect(response.errors[0].extensions?.code).toBe("YEAR_FINALIZED");
        outcome.refused.push(prefix);
      } else {
        expect(response.data.recordRevenue.inserted).toBe(20);
        outcome.acknowledged.push(prefix);
      }
      if (finalized) afterFinal++;
    }
  };
  const scoring = async () => {
    for (let afterFinal = 0; afterFinal < 2; ) {
      const score = 60 + ((run * 7 + outcome.scoreEdits) % 40);
      const response = await server.gql(SUBMIT_SCORE, {
        input: { year: YEAR, unitCode: UNITS[0], dimension: "SATISFACTION", member: MEMBERS[0], score },
      });
      if (response.errors) expect(response.errors[0].extensions?.code).toBe("YEAR_FINALIZED");
      else outcome.scoreEdits++;
      if (finalized) afterFinal++;
    }
  };
  const finalizing = (async () => {
    await new Promise((resolve) => setTimeout(resolve, 15 + (run % 5) * 10));
    const response = await server.gql(FINALIZE, { year: YEAR });
    expect(response.errors).toBeUndefined();
    finalized = true;
  })();
  await Promise.all([stream(0), stream(1), stream(2), scoring(), finalizing]);
  return outcome;
}

describe("finalising while writes are in flight", () => {
  it(`freezes exactly what is stored, ${RUNS} runs`, async () => {
    const figures = { runs: 0, acknowledgedRows: 0, refusedRows: 0, frozenRows: 0, mismatches: 0 };
    for (let run = 0; run < RUNS; run++) {
      if (run > 0) expect((await server.gql(REOPEN, { year: YEAR, reason: `race run ${run}` })).errors).toBeUndefined();
      const outcome = await raceOnce(run);

      // Acknowledged batches are stored whole; refused ones left nothing behind.
      const stored = await server.knex("revenue_records").where("reference", "like", `RACE-${run}-%`).pluck("reference");
      const storedBatches = new Set(stored.map((r: string) => r.replace(/-\d+$/, "")));
      expect([...storedBatches].sort()).toEqual([...outcome.acknowledged].sort());
      expect(stored).toHaveLength(outcome.acknowledged.length * 20);

      // The frozen totals are the sums of the stored rows, and the frozen scores the stored ones.
      const frozen = await server
        .knex("frozen_results as f")
        .join("units as u", "u.id", "f.unit_id")
        .where("f.year", YEAR)
        .select("u.code", "f.result");
      const sums = await server
        .knex("revenue_records as r")
        .join("units as u", "u.id", "r.unit_id")
        .whereBetween("r.record_date", [`${YEAR}-01-01`, `${YEAR}-12-31`])
        .groupBy("u.code")
        .select("u.code", server.knex.raw("sum(amount)::numeric(16,2)::text as total"));
      const storedScore = await server
        .knex("committee_scores as s")
        .join("units as u", "u.id", "s.unit_id")
        .join("committee_members as m", "m.id", "s.member_id")
        .where({ "s.year": YEAR, "u.code": UNITS[0], "m.name": MEMBERS[0], "s.dimension": "SATISFACTION" })
        .first("s.score");
      for (const { code, result } of frozen) {
        const sum = sums.find((s: { code: string }) => s.code === code)?.total ?? "0.00";
        if (result.revenueActual !== sum) figures.mismatches++;
        if (code === UNITS[0]) {
          const satisfaction = result.scores.find((s: { dimension: string }) => s.dimension === "SATISFACTION");
          const raters = [...satisfaction.committee.counted, ...satisfaction.committee.dropped];
          const mine = raters.find((r: { member: string }) => r.member === MEMBERS[0]);
          if (Number(mine.score) !== Number(storedScore.score)) figures.mismatches++;
        }
      }
      figures.runs++;
      figures.acknowledgedRows += outcome.acknowledged.length * 20;
      figures.refusedRows += outcome.refused.length * 20;
      figures.frozenRows += stored.length;
      expect(outcome.refused.length).toBeGreaterThan(0);
    }
    console.log(`finalisation race: ${JSON.stringify(figures)}`);
    expect(figures.mismatches).toBe(0);
    expect(figures.runs).toBe(RUNS);
  }, 180_000);
});
