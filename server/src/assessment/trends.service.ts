import type { Knex } from "knex";
import { invalidField } from "../common/errors.ts";
import type { Dimension, Grade } from "../common/enums.ts";
import { currentLiveAssessment } from "./assessment.service.ts";
import { findFrozenAssessments } from "./finalization.repository.ts";

export interface TrendPoint {
  year: number;
  unitId: number;
  unitCode: string;
  /** The name the unit was assessed under that year. */
  unitName: string;
  finalized: boolean;
  total: number;
  rank: number;
  grade: Grade;
  completionRate: number;
  scores: { dimension: Dimension; score: number | null }[];
}

const MAX_YEARS = 30;

/** Per unit and year: frozen results where the year is finalised, the live preview otherwise. */
export async function trends(knex: Knex, fromYear: number, toYear: number): Promise<TrendPoint[]> {
  if (toYear < fromYear || toYear - fromYear >= MAX_YEARS)
    throw invalidField("toYear", "YEAR_SPAN", { max: MAX_YEARS - 1, got: `${fromYear}–${toYear}` });
  const years = Array.from({ length: toYear - fromYear + 1 }, (_, i) => fromYear + i);
  const frozen = await findFrozenAssessments(knex, years);
  const perYear = await Promise.all(
    years.map(async (year) => {
      const assessment = frozen.get(year);
      const results = assessment ? assessment.results : (await currentLiveAssessment(knex, year)).results;
      return results.map(
        (r): TrendPoint => ({
          year,
          unitId: r.unitId,
          unitCode: r.unitCode,
          unitName: r.unitName,
          finalized: assessment !== undefined,
          total: Number(r.total),
          rank: r.rank,
          grade: r.grade,
          completionRate: Number(r.completionRate),
          scores: r.scores.map((s) => ({ dimension: s.dimension, score: s.score === null ? null : Number(s.score) })),
        }),
      );
    }),
  );
  return perYear.flat();
}
