import type { Dataset } from "@station/db";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  RECORD_CALLBACKS,
  RECORD_COMPLAINTS,
  RECORD_COSTS,
  RECORD_DISPATCHES,
  RECORD_REVENUE,
  SET_CONTRACT,
  SUBMIT_SCORE,
  UPSERT_UNIT,
} from "./operations.ts";
import type { TestServer } from "./test-server.ts";

export interface WorkedExample extends Dataset {
  expected: {
    year: number;
    results: {
      unitCode: string;
      revenueActual: string;
      completionRate: string;
      repairCost: string;
      otherCost: string;
      scores: Record<string, string>;
      total: string;
      grade: string;
      complete: boolean;
      pay: Record<string, string>;
      rank: number;
    }[];
  };
}

/** The specification's worked example, read from the shared spec beside the repository. */
export function readWorkedExample(): WorkedExample {
  const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../shared/spec/worked-example.json");
  return JSON.parse(readFileSync(file, "utf8")) as WorkedExample;
}

function expectOk(what: string, response: { errors?: unknown[] }) {
  if (response.errors) throw new Error(`${what} failed: ${JSON.stringify(response.errors)}`);
}

/** Loads a whole dataset through the public API, the way a clerk's import script would. */
export async function loadDatasetThroughApi(server: TestServer, dataset: Dataset): Promise<void> {
  for (const unit of dataset.units) {
    expectOk(`unit ${unit.code}`, await server.gql(UPSERT_UNIT, { input: unit }));
  }
  for (const target of dataset.targets) {
    expectOk(
      `contract ${target.unitCode}`,
      await server.gql(SET_CONTRACT, {
        input: {
          ...target,
          revenueCommissionRate: Number(target.revenueCommissionRate),
          overTargetRate: Number(target.overTargetRate),
          underTargetDeductionRate: Number(target.underTargetDeductionRate),
          repairSavingsRewardRate: Number(target.repairSavingsRewardRate),
        },
      }),
    );
  }
  const batches: [string, unknown[]][] = [
    // The clerk enters a negative remittance as what it is: a correction (冲红) of an earlier one.
    [RECORD_REVENUE, dataset.revenue.map((r) => ({ ...r, correction: r.amount.startsWith("-") }))],
    [RECORD_COSTS, dataset.costs],
    [RECORD_CALLBACKS, dataset.callbacks],
    [RECORD_COMPLAINTS, dataset.complaints],
    [RECORD_DISPATCHES, dataset.dispatches],
  ];
  await Promise.all(batches.map(async ([mutation, entries]) => expectOk(mutation.slice(0, 40), await server.gql(mutation, { entries }))));
  for (const score of dataset.committeeScores) {
    expectOk(`score ${score.member}`, await server.gql(SUBMIT_SCORE, { input: { ...score, year: dataset.year } }));
  }
}
