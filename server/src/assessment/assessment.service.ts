import type { Knex } from "knex";
import { runQueries } from "../common/concurrent-queries.ts";
import { DomainError } from "../common/errors.ts";
import { appendAudit } from "../audit/audit.repository.ts";
import { applySchemeChanges, type SchemeChanges, type SchemeParameters } from "../scheme/scheme.model.ts";
import { schemeForYear } from "../scheme/scheme.service.ts";
import { validateScheme } from "../scheme/scheme.validation.ts";
import { loadAssessmentInputs, type AssessedUnitInputs } from "./assessment-inputs.repository.ts";
import { deleteFrozenAssessment, findFrozenAssessments, storeFrozenAssessment, type StoredUnitResult } from "./finalization.repository.ts";
import { assessUnits } from "./scoring/index.ts";
import { checkYear } from "./period.ts";
import { yearFinalizedError } from "./year-guard.ts";

export interface AssessmentView {
  year: number;
  finalized: boolean;
  finalizedAt: string | null;
  finalizedBy: string | null;
  scheme: SchemeParameters;
  /** True when the scheme is the built-in default (no scheme stored for the year). */
  schemeIsDefault: boolean;
  results: (StoredUnitResult & { baselineRank?: number | null; rankChange?: number | null })[];
}

/** Scores units with a scheme, keeping each result's unit id for the API. */
export function scoreInputs(inputs: AssessedUnitInputs[], scheme: SchemeParameters): StoredUnitResult[] {
  const unitIds = new Map(inputs.map((i) => [i.unitCode, i.unitId]));
  return assessUnits(inputs, scheme).map((result) => ({ ...result, unitId: unitIds.get(result.unitCode)! }));
}

/** The live preview of an open year: today's records scored with the year's scheme. */
export async function liveAssessment(knex: Knex, year: number): Promise<AssessmentView> {
  const [scheme, inputs] = await runQueries(knex, [() => schemeForYear(knex, year), () => loadAssessmentInputs(knex, { year })] as const);
  return {
    year,
    finalized: false,
    finalizedAt: null,
    finalizedBy: null,
    scheme: scheme.parameters,
    schemeIsDefault: scheme.isDefault,
    results: scoreInputs(inputs, scheme.parameters),
  };
}

/** The year's assessment: frozen once finalised, live before. */
export async function getAssessment(knex: Knex, year: number): Promise<AssessmentView> {
  checkYear(year);
  const frozen = (await findFrozenAssessments(knex, [year])).get(year);
  if (!frozen) return liveAssessment(knex, year);
  return {
    year,
    finalized: true,
    finalizedAt: frozen.finalizedAt,
    finalizedBy: frozen.finalizedBy,
    scheme: frozen.scheme,
    schemeIsDefault: false,
    results: frozen.results,
  };
}

/**
 * What-if: the year's data scored with the scheme changed as given; nothing is stored. Every
 * result carries its rank under the year's current assessment and the change (positive = up).
 */
export async function simulateAssessment(knex: Knex, year: number, changes: SchemeChanges): Promise<AssessmentView> {
  checkYear(year);
  const [current, inputs] = await Promise.all([getAssessment(knex, year), loadAssessmentInputs(knex, { year })]);
  // The changes apply on top of the scheme the current result was computed with (for a
  // finalised year, the frozen one).
  const scheme = applySchemeChanges(current.scheme, changes);
  validateScheme(changes, scheme);
  const baseline = new Map(current.results.map((r) => [r.unitCode, r.rank]));
  return {
    ...current,
    scheme,
    schemeIsDefault: false,
    results: scoreInputs(inputs, scheme).map((r) => {
      const baselineRank = baseline.get(r.unitCode) ?? null;
      return { ...r, baselineRank, rankChange: baselineRank === null ? null : baselineRank - r.rank };
    }),
  };
}

/**
 * Freezes the year: refuses while any unit is incomplete, then stores every result and the
 * scheme in one transaction. From then on the database refuses changes to the year's data.
 */
export async function finalizeAssessment(knex: Knex, year: number, actor: string): Promise<AssessmentView> {
  checkYear(year);
  await knex.transaction(async (trx) => {
    // Serialise finalisations of the same year and block writes racing with it.
    await trx.raw("select pg_advisory_xact_lock(hashtext('finalize'), ?)", [year]);
    if ((await trx("finalized_years").where({ year }).first("year")) !== undefined) throw yearFinalizedError([year]);
    const live = await liveAssessment(trx, year);
    if (live.results.length === 0) {
      throw new DomainError("NOT_FOUND", `${year} has no contracts: there is nothing to finalise`, { year });
    }
    const incomplete = live.results.filter((r) => !r.complete);
    if (incomplete.length > 0) {
      const lacking = incomplete.map((r) => ({
        unitCode: r.unitCode,
        missing: r.missing.map((m) => ({ dimension: m.dimension, have: m.have, need: m.need })),
      }));
      throw new DomainError(
        "INCOMPLETE_ASSESSMENT",
        `${year} cannot be finalised: ${lacking
          .map(
            (u) =>
              `${u.unitCode} lacks ${u.missing.map((m) => `${m.need - m.have} ${m.dimension} score(s) (has ${m.have} of ${m.need})`).join(" and ")}`,
          )
          .join("; ")}`,
        { year, incompleteUnits: lacking },
      );
    }
    await storeFrozenAssessment(trx, year, live.scheme, live.results, actor);
    await appendAudit(trx, {
      actor,
      action: "finalizeAssessment",
      year,
      details: { units: live.results.map((r) => ({ unit: r.unitCode, total: r.total, rank: r.rank, grade: r.grade })) },
    });
  });
  return getAssessment(knex, year);
}

/** Undoes a finalisation; the reason is required and kept in the audit log. */
export async function reopenAssessment(knex: Knex, year: number, reason: string, actor: string): Promise<AssessmentView> {
  checkYear(year);
  const trimmed = reason.trim();
  if (trimmed.length < 5 || trimmed.length > 2000) {
    throw new DomainError("BAD_USER_INPUT", "reason: say why the year is reopened (5–2000 characters)", {
      invalid: [{ field: "reason", reason: "must be 5–2000 characters" }],
    });
  }
  await knex.transaction(async (trx) => {
    await trx.raw("select pg_advisory_xact_lock(hashtext('finalize'), ?)", [year]);
    const removed = await deleteFrozenAssessment(trx, year);
    if (!removed) throw new DomainError("NOT_FINALIZED", `${year} is not finalised, so there is nothing to reopen`, { year });
    await appendAudit(trx, { actor, action: "reopenAssessment", year, reason: trimmed });
  });
  return getAssessment(knex, year);
}
