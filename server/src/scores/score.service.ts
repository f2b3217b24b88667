import type { Knex } from "knex";
import { noteChange } from "../audit/audit-change.ts";
import { Role } from "../auth/role.ts";
import type { Viewer } from "../auth/viewer.ts";
import type { ViewerScope } from "../auth/viewer-scope.ts";
import { DomainError, InvalidInputError, invalidField } from "../common/errors.ts";
import { FieldChecker } from "../common/field-checker.ts";
import { collectInvalid } from "../common/validation.ts";
import { schemeForYear } from "../scheme/scheme.service.ts";
import { findUnitsByCodes } from "../units/unit.repository.ts";
import { requireUnit } from "../units/unit.service.ts";
import { assertYearsOpen } from "../years/finalized-years.ts";
import { checkYear } from "../years/year.ts";
import {
  findScoreById,
  isMemberOfYear,
  joinYear,
  listMembers,
  listScores,
  memberIdFor,
  membersWithScores,
  replaceMembership,
  scoringCounts,
  upsertScore,
} from "./score.repository.ts";
import type { CommitteeMember, CommitteeScore, ScoreInput, ScoringProgress, SheetScoreInput } from "./score.type.ts";

export async function scoresOfYear(knex: Knex, scope: ViewerScope, year: number, unitCode?: string | null): Promise<CommitteeScore[]> {
  const unitId = unitCode ? Number((await requireUnit(knex, unitCode)).id) : undefined;
  return listScores(knex, scope, year, unitId);
}

/** Every registered member, or the members of one year's committee. */
export function committeeMembers(knex: Knex, year?: number | null): Promise<CommitteeMember[]> {
  return listMembers(knex, year ?? undefined);
}

/**
 * Who scores, and how: a committee member scores as themselves and must sit on the year's
 * committee; an administrator entering paper forms names the member, who joins the year's
 * committee if new (as a new name registered a member before membership was kept per year).
 */
export interface Scorer {
  name: string;
  joinsYear: boolean;
}

export function scorerFor(viewer: Viewer, requested: string | null | undefined): Scorer {
  return { name: scoringMember(viewer, requested), joinsYear: viewer.roles.includes(Role.ADMIN) };
}

async function memberForYear(trx: Knex.Transaction, year: number, scorer: Scorer): Promise<number> {
  const memberId = await memberIdFor(trx, scorer.name.trim());
  if (scorer.joinsYear) await joinYear(trx, year, [memberId]);
  else if (!(await isMemberOfYear(trx, year, memberId))) throw new DomainError("FORBIDDEN", "NOT_A_MEMBER_OF_YEAR", { year, member: scorer.name });
  return memberId;
}

/** Sets a member's score (field rules are on ScoreInput); a re-submission keeps the old value in history. */
export async function submitScore(knex: Knex, input: ScoreInput, scorer: Scorer): Promise<CommitteeScore> {
  await assertYearsOpen(knex, [input.year]);
  const unit = await requireUnit(knex, input.unitCode);
  const id = await knex.transaction(async (trx) => {
    const memberId = await memberForYear(trx, input.year, scorer);
    await noteScoreChange(trx, { year: input.year, unitId: Number(unit.id), unitCode: input.unitCode, memberId, member: scorer.name.trim() }, input);
    return upsertScore(trx, {
      year: input.year,
      unitId: Number(unit.id),
      memberId,
      dimension: input.dimension,
      score: String(input.score),
      comment: input.comment?.trim() || null,
    });
  });
  return findScoreById(knex, id);
}

interface ScoreCell {
  year: number;
  unitId: number;
  unitCode: string;
  memberId: number;
  member: string;
}

/** Notes a score's value before and after for the request's audit entry (audit/audit-change.ts). */
async function noteScoreChange(
  trx: Knex.Transaction,
  cell: ScoreCell,
  next: { dimension: ScoreInput["dimension"]; score: number; comment?: string | null },
): Promise<void> {
  const before = await trx("committee_scores")
    .where({ year: cell.year, unit_id: cell.unitId, member_id: cell.memberId, dimension: next.dimension })
    .first("score", "comment");
  noteChange({
    year: cell.year,
    score: { unitCode: cell.unitCode, dimension: next.dimension, member: cell.member },
    before: before ? { score: Number(before.score), comment: before.comment } : null,
    after: { score: next.score, comment: next.comment?.trim() || null },
  });
}

/** A sheet holds units × 2 dimensions; far more than any department has. */
const MAX_SHEET_CELLS = 2000;

/**
 * A member's whole scoring sheet in one batch: every cell checked first (field rules, known
 * units, each unit and dimension once), then stored in one transaction — all or nothing. Each
 * changed cell keeps its previous value in history, as submitScore does.
 */
export async function submitScores(knex: Knex, year: number, cells: SheetScoreInput[], scorer: Scorer): Promise<CommitteeScore[]> {
  checkYear(year);
  const invalid = await collectInvalid(cells);
  if (cells.length > MAX_SHEET_CELLS)
    invalid.push({ field: "scores", reason: "BATCH_TOO_LARGE", params: { max: MAX_SHEET_CELLS, got: cells.length } });
  const units = new Map(
    (
      await findUnitsByCodes(
        knex,
        cells.map((c) => c.unitCode),
      )
    ).map((u) => [u.code, Number(u.id)]),
  );
  const seen = new Map<string, number>();
  cells.forEach((cell, index) => {
    const check = new FieldChecker(invalid, index);
    if (!units.has(cell.unitCode)) check.fail("unitCode", "UNKNOWN_UNIT", { unit: cell.unitCode.slice(0, 40) });
    const key = `${cell.unitCode}/${cell.dimension}`;
    if (seen.has(key))
      check.fail("dimension", "CELL_GIVEN_TWICE", { unit: cell.unitCode.slice(0, 40), dimension: cell.dimension, row: seen.get(key)! + 1 });
    else seen.set(key, index);
  });
  if (invalid.length > 0) throw new InvalidInputError(invalid);
  await assertYearsOpen(knex, [year]);
  const ids = await knex.transaction(async (trx) => {
    const memberId = await memberForYear(trx, year, scorer);
    const stored: number[] = [];
    for (const cell of cells) {
      const unitId = units.get(cell.unitCode)!;
      await noteScoreChange(trx, { year, unitId, unitCode: cell.unitCode, memberId, member: scorer.name.trim() }, cell);
      stored.push(
        await upsertScore(trx, {
          year,
          unitId,
          memberId,
          dimension: cell.dimension,
          score: String(cell.score),
          comment: cell.comment?.trim() || null,
        }),
      );
    }
    return stored;
  });
  return Promise.all(ids.map((id) => findScoreById(knex, id)));
}

/**
 * Sets who sits on a year's committee (member names; a new name registers a member). A member
 * who has already scored in the year stays: their scores count, so removing them is refused.
 */
export async function setCommitteeMembers(knex: Knex, year: number, names: string[]): Promise<CommitteeMember[]> {
  checkYear(year);
  const invalid: InvalidInputError["invalid"] = [];
  const trimmed = names.map((n) => n.trim());
  const seen = new Set<string>();
  trimmed.forEach((name, index) => {
    const check = new FieldChecker(invalid, index);
    check.text("members", name, { max: 100 });
    if (seen.has(name)) check.fail("members", "GIVEN_TWICE", { value: name });
    seen.add(name);
  });
  if (invalid.length > 0) throw new InvalidInputError(invalid);
  await assertYearsOpen(knex, [year]);
  await knex.transaction(async (trx) => {
    const ids: number[] = [];
    for (const name of trimmed) ids.push(await memberIdFor(trx, name));
    const leaving = (await trx("committee_memberships").where({ year }).whereNotIn("member_id", ids).select("member_id")).map((r) => r.member_id);
    const scored = await membersWithScores(trx, year, leaving);
    if (scored.length > 0) throw new DomainError("CONFLICT", "MEMBER_HAS_SCORES", { year, members: scored.join(", ") }, { members: scored });
    await replaceMembership(trx, year, ids);
  });
  return listMembers(knex, year);
}

/** Per unit and committee dimension: raters against minRaters, and who of the year's members is missing. */
export async function scoringProgress(knex: Knex, scope: ViewerScope, year: number): Promise<ScoringProgress[]> {
  const [{ parameters }, rows] = await Promise.all([schemeForYear(knex, year), scoringCounts(knex, scope, year)]);
  return rows.map((row) => ({ ...row, year, minRaters: parameters.minRaters, complete: row.raters >= parameters.minRaters }) as ScoringProgress);
}

/**
 * Whose score this is: a committee member's own (their linked member name); an administrator may
 * name any member, to enter scores from paper forms.
 */
export function scoringMember(viewer: Viewer, requested: string | null | undefined): string {
  if (viewer.roles.includes(Role.ADMIN) && requested) return requested;
  if (viewer.roles.includes(Role.ADMIN) && !viewer.memberName) throw invalidField("member", "MEMBER_REQUIRED");
  if (requested && viewer.memberName && requested !== viewer.memberName) throw new DomainError("FORBIDDEN", "OWN_SCORES_ONLY");
  if (!viewer.memberName) throw new DomainError("FORBIDDEN", "NOT_LINKED_TO_MEMBER");
  return viewer.memberName;
}
