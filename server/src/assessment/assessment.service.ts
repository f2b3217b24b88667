import type { Knex } from "knex";
import { runQueries } from "../common/concurrent-queries.ts";
import { DomainError, invalidField } from "../common/errors.ts";
import { IncompleteAssessmentError } from "./incomplete-assessment-error.ts";
import { appendAudit } from "../audit/audit.repository.ts";
import { applySchemeChanges, type SchemeChanges, type SchemeParameters } from "../scheme/scheme.model.ts";
import { schemeForYear } from "../scheme/scheme.service.ts";
import { validateScheme } from "../scheme/scheme.validation.ts";
import { loadAssessmentInputs, type AssessedUnitInputs } from "./assessment-inputs.repository.ts";
import { deleteFrozenAssessment, findFrozenAssessments, storeFrozenAssessment, type StoredUnitResult } from "./finalization.repository.ts";
import { findStoredScheme } from "../scheme/scheme.repository.ts";
import { yearFinalizedError } from "../years/finalized-years.ts";
import { assessUnits } from "./scoring/index.ts";
import { createLiveAssessmentCache } from "./live-assessment-cache.ts";
import { createUnitResultMemo, handOut } from "./unit-result-memo.ts";

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

/** Scores a year's units with a scheme, keeping each result's unit id and year for the API. */
export function scoreInputs(year: number, inputs: AssessedUnitInputs[], scheme: SchemeParameters): StoredUnitResult[] {
  const unitIds = new Map(inputs.map((i) => [i.unitCode, i.unitId]));
  return assessUnits(inputs, scheme).map((result) => {
    const stored = handOut(result, unitIds.get(result.unitCode)!, year);
    stored.rank = result.rank;
    return stored;
  });
}

const unitResults = createUnitResultMemo();

/**
 * The live preview of an open year: today's records scored with the year's scheme. Units whose
 * inputs did not change since the year was last scored keep their results (unit-result-memo.ts).
 */
export async function liveAssessment(knex: Knex, year: number): Promise<AssessmentView> {
  const [scheme, inputs] = await runQueries(knex, [() => schemeForYear(knex, year), () => loadAssessmentInputs(knex, { year })] as const);
  return {
    year,
    finalized: false,
    finalizedAt: null,
    finalizedBy: null,
    scheme: scheme.parameters,
    schemeIsDefault: scheme.isDefault,
    results: unitResults.score(year, inputs, scheme.parameters),
  };
}

const liveAssessments = createLiveAssessmentCache(liveAssessment);

/**
 * liveAssessment, computed once per data version of the year (see live-assessment-cache.ts).
 * Inside a transaction always computed: its own uncommitted writes are no one else's version.
 */
export function currentLiveAssessment(knex: Knex, year: number): Promise<AssessmentView> {
  return knex.isTransaction ? liveAssessment(knex, year) : liveAssessments.get(knex, year);
}

/** The year's assessment: frozen once finalised, live before. */
export async function getAssessment(knex: Knex, year: number): Promise<AssessmentView> {
  const frozen = (await findFrozenAssessments(knex, [year])).get(year);
  if (!frozen) return currentLiveAssessment(knex, year);
  // The schemes table is frozen with the year, so "is the scheme the default" reads the same
  // here as in scheme(year): one source of truth.
  const schemeIsDefault = (await findStoredScheme(knex, year)) === null;
  return {
    year,
    finalized: true,
    finalizedAt: frozen.finalizedAt,
    finalizedBy: frozen.finalizedBy,
    scheme: frozen.scheme,
    schemeIsDefault,
    results: frozen.results,
  };
}

/**
 * What-if: the year's data scored with the scheme changed as given; nothing is stored. Every
 * result carries its rank under the year's current assessment and the change (positive = up).
 */
export async function simulateAssessment(knex: Knex, year: number, changes: SchemeChanges): Promise<AssessmentView> {
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
    results: scoreInputs(year, inputs, scheme).map((r) => {
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
  await knex.transaction(async (trx) => {
    // Exclusive: waits for every write to the year in flight (they hold the same lock shared,
    // taken by the finalised-year trigger) and holds back new ones until this commits, so the
    // frozen result is exactly what is stored.
    await trx.raw("select pg_advisory_xact_lock(hashtext('finalize'), ?)", [year]);
    if ((await trx("finalized_years").where({ year }).first("year")) !== undefined) throw yearFinalizedError([year]);
    const live = await liveAssessment(trx, year);
    if (live.results.length === 0) {
      throw new DomainError("NOT_FOUND", "NOTHING_TO_FINALIZE", { year }, { year });
    }
    const incomplete = live.results.filter((r) => !r.complete);
    if (incomplete.length > 0) {
      const lacking = incomplete.map((r) => ({
        unitCode: r.unitCode,
        missing: r.missing.map((m) => ({ dimension: m.dimension, have: m.have, need: m.need })),
      }));
      throw new IncompleteAssessmentError(year, lacking);
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
  const trimmed = reason.trim();
  if (trimmed.length < 5) throw invalidField("reason", "TOO_SHORT", { min: 5 });
  if ([...trimmed].length > 2000) throw invalidField("reason", "TOO_LONG", { max: 2000, got: [...trimmed].length });
  await knex.transaction(async (trx) => {
    await trx.raw("select pg_advisory_xact_lock(hashtext('finalize'), ?)", [year]);
    const removed = await deleteFrozenAssessment(trx, year);
    if (!removed) throw new DomainError("NOT_FINALIZED", "NOT_FINALIZED", { year }, { year });
    await appendAudit(trx, { actor, action: "reopenAssessment", year, reason: trimmed });
  });
  return getAssessment(knex, year);
}
