import { createKnex } from "@station/db";
import type { Knex } from "knex";
import { onTestFinished } from "vitest";
import { RECORD_REVENUE } from "../../support/operations.ts";
import { createUserWithToken } from "../../support/test-server.ts";
import { sleep } from "./server-process.ts";

export const BATCH_SIZE = 50;

/** Batch `batch` of a run: 50 remittances of north whose references name the batch and the entry. */
export function revenueBatch(run: string, batch: number, size = BATCH_SIZE) {
  return Array.from({ length: size }, (_, entry) => ({
    unitCode: "north",
    date: "2025-03-07",
    category: "VIEWING_FEE",
    // Never 0: batch 0 entry 0 would be "0.00", which the API refuses.
    amount: `${batch + 1}.${String(entry).padStart(2, "0")}`,
    reference: `${run}-B${batch}-E${entry}`,
  }));
}

/** The embedded database of a fresh server gets the unit and an administrator's API token. */
export async function prepareDatabase(databaseUrl: string): Promise<string> {
  const knex = createKnex({ url: databaseUrl, poolMax: 1 });
  try {
    return await createUserWithToken(knex, "faults-admin", ["ADMIN"], { unitCode: "north" });
  } finally {
    await knex.destroy();
  }
}

export interface Answer {
  status: number;
  body: { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] } | null;
}

export async function postGraphQL(url: string, token: string, query: string, variables: Record<string, unknown>): Promise<Answer> {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
    // No answer in this time is a hung server: fail rather than wait for the test's timeout.
    signal: AbortSignal.timeout(20_000),
  });
  const text = await response.text();
  try {
    return { status: response.status, body: JSON.parse(text) };
  } catch {
    return { status: response.status, body: null };
  }
}

/** What a client loop saw. */
export interface LoopRecord {
  /** Batches answered 200 with data: the server said they are stored. */
  acknowledged: Map<number, { inserted: number; duplicates: number }>;
  /** Every batch number sent at least once. */
  sent: Set<number>;
  /** 503 answers, with their code and retryable flag. */
  unavailable: { code: unknown; retryable: unknown }[];
  /** Requests that got no HTTP answer at all (the server process was down). */
  noAnswer: number;
  /** Any other answer: each one fails the tests. */
  unexpected: Answer[];
  /** When each acknowledgement arrived (Date.now()). */
  acknowledgedAt: number[];
}

/**
 * Clients sending batches over real HTTP like an import script: `workers` loops in parallel,
 * each sending its next batch once the previous one is acknowledged, and sending the same batch
 * again after a 503 or a lost connection (its outcome unknown: a retry stores only what is missing).
 */
export function startBatchLoops(url: () => string, token: string, run: string, workers = 4) {
  const record: LoopRecord = { acknowledged: new Map(), sent: new Set(), unavailable: [], noAnswer: 0, unexpected: [], acknowledgedAt: [] };
  let stopping = false;
  let next = 0;
  const worker = async () => {
    let batch = next++;
    while (!stopping) {
      record.sent.add(batch);
      let answer: Answer;
      try {
        answer = await postGraphQL(url(), token, RECORD_REVENUE, { entries: revenueBatch(run, batch) });
      } catch {
        record.noAnswer += 1;
        await sleep(50);
        continue;
      }
      const result = (answer.body?.data as { recordRevenue?: { inserted: number; duplicates: string[] } } | undefined)?.recordRevenue;
      if (answer.status === 200 && result) {
        record.acknowledged.set(batch, { inserted: result.inserted, duplicates: result.duplicates.length });
        record.acknowledgedAt.push(Date.now());
        batch = next++;
      } else if (answer.status === 503) {
        const extensions = answer.body?.errors?.[0]?.extensions ?? {};
        record.unavailable.push({ code: extensions.code, retryable: extensions.retryable });
        await sleep(50);
      } else {
        record.unexpected.push(answer);
        await sleep(50);
      }
    }
  };
  const running = Promise.all(Array.from({ length: workers }, worker));
  // A test that fails before stopping its clients must not leave them sending into the next test.
  onTestFinished(async () => {
    stopping = true;
    await running;
  });
  return {
    record,
    /** Waits until `count` more batches than now are acknowledged. */
    async moreAcknowledged(count: number, timeoutMs = 30_000) {
      const target = record.acknowledged.size + count;
      const deadline = Date.now() + timeoutMs;
      while (record.acknowledged.size < target) {
        if (Date.now() > deadline) throw new Error(`only ${record.acknowledged.size} of ${target} batches acknowledged in time`);
        await sleep(20);
      }
    },
    async stop() {
      stopping = true;
      await running;
      return record;
    },
  };
}

/** How many entries of each batch of the run are stored. */
export async function storedPerBatch(knex: Knex, run: string): Promise<Map<number, number>> {
  const rows = await knex("revenue_records").where("reference", "like", `${run}-B%`).select("reference", "amount");
  const perBatch = new Map<number, number>();
  for (const { reference, amount } of rows as { reference: string; amount: string }[]) {
    const [, batch, entry] = /-B(\d+)-E(\d+)$/.exec(reference)!.map(Number);
    // The stored amount is the one sent, to the cent.
    if (amount !== `${Number(batch) + 1}.${String(entry).padStart(2, "0")}`) throw new Error(`${reference} stored ${amount}`);
    perBatch.set(batch!, (perBatch.get(batch!) ?? 0) + 1);
  }
  return perBatch;
}

/** The figures a fault test checks and reports. */
export function tally(record: LoopRecord, stored: Map<number, number>) {
  const acknowledged = [...record.acknowledged.keys()];
  return {
    sent: record.sent.size,
    acknowledged: acknowledged.length,
    stored: [...stored.values()].filter((n) => n === BATCH_SIZE).length,
    lost: acknowledged.filter((batch) => stored.get(batch) !== BATCH_SIZE).length,
    partial: [...stored.values()].filter((n) => n !== BATCH_SIZE).length,
    /** Stored although never acknowledged: committed just before the connection broke. */
    storedUnacknowledged: [...stored.keys()].filter((batch) => !record.acknowledged.has(batch)).length,
    unavailable503: record.unavailable.length,
    noAnswer: record.noAnswer,
    unexpected: record.unexpected.length,
  };
}
