import type { Knex } from "knex";
import { schemeFromStored, type SchemeParameters } from "../scheme/scheme.model.ts";
import type { UnitResult } from "./scoring/index.ts";

/** A unit's result as frozen at finalisation: the engine's result plus the unit's id and the year. */
export interface StoredUnitResult extends UnitResult {
  unitId: number;
  /** Results frozen before it was kept are given it when read. */
  year: number;
}

export interface FrozenAssessment {
  year: number;
  finalizedAt: string;
  finalizedBy: string | null;
  scheme: SchemeParameters;
  results: StoredUnitResult[];
}

export async function findFrozenAssessments(knex: Knex, years: number[]): Promise<Map<number, FrozenAssessment>> {
  const found = new Map<number, FrozenAssessment>();
  if (years.length === 0) return found;
  const [heads, rows] = await Promise.all([
    knex("finalized_years").whereIn("year", years).select("year", "scheme", "finalized_at", "finalized_by"),
    knex("frozen_results")
      .whereIn("year", years)
      .orderBy([{ column: "year" }, { column: "rank" }])
      .select("year", "result"),
  ]);
  for (const head of heads) {
    found.set(head.year, {
      year: head.year,
      finalizedAt: head.finalized_at.toISOString(),
      finalizedBy: head.finalized_by,
      scheme: schemeFromStored(head.scheme),
      results: [],
    });
  }
  for (const row of rows) {
    const result = row.result as StoredUnitResult;
    result.year = row.year;
    found.get(row.year)?.results.push(result);
  }
  for (const frozen of found.values()) {
    frozen.results.sort((a, b) => a.rank - b.rank || a.unitCode.localeCompare(b.unitCode));
  }
  return found;
}

export async function storeFrozenAssessment(
  trx: Knex.Transaction,
  year: number,
  scheme: SchemeParameters,
  results: StoredUnitResult[],
  finalizedBy: string,
): Promise<void> {
  await trx("finalized_years").insert({ year, scheme: JSON.stringify(scheme), finalized_by: finalizedBy });
  if (results.length > 0) {
    await trx.batchInsert(
      "frozen_results",
      results.map((r) => ({ year, unit_id: r.unitId, rank: r.rank, total: r.total, grade: r.grade, result: JSON.stringify(r) })),
      500,
    );
  }
}

/** Removes a year's frozen results (reopening); frozen_results rows go with it (cascade). */
export async function deleteFrozenAssessment(trx: Knex.Transaction, year: number): Promise<boolean> {
  return (await trx("finalized_years").where({ year }).del()) > 0;
}
