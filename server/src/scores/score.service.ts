import type { Knex } from "knex";
import { noteChange } from "../audit/audit-change.ts";
import { Role } from "../auth/role.ts";
import type { Viewer } from "../auth/viewer.ts";
import type { ViewerScope } from "../auth/viewer-scope.ts";
import { DomainError, invalidField } from "../common/errors.ts";
import { requireUnit } from "../units/unit.service.ts";
import { assertYearsOpen } from "../years/finalized-years.ts";
import { findScoreById, listMembers, listScores, memberIdFor, upsertScore } from "./score.repository.ts";
import type { CommitteeMember, CommitteeScore, ScoreInput } from "./score.type.ts";

export async function scoresOfYear(knex: Knex, scope: ViewerScope, year: number, unitCode?: string | null): Promise<CommitteeScore[]> {
  const unitId = unitCode ? Number((await requireUnit(knex, unitCode)).id) : undefined;
  return listScores(knex, scope, year, unitId);
}

export function committeeMembers(knex: Knex): Promise<CommitteeMember[]> {
  return listMembers(knex);
}

/** Sets a member's score (field rules are on ScoreInput); a re-submission keeps the old value in history. */
export async function submitScore(knex: Knex, input: ScoreInput & { member: string }): Promise<CommitteeScore> {
  await assertYearsOpen(knex, [input.year]);
  const unit = await requireUnit(knex, input.unitCode);
  const id = await knex.transaction(async (trx) => {
    const memberId = await memberIdFor(trx, input.member.trim());
    const before = await trx("committee_scores")
      .where({ year: input.year, unit_id: Number(unit.id), member_id: memberId, dimension: input.dimension })
      .first("score", "comment");
    noteChange({
      year: input.year,
      score: { unitCode: input.unitCode, dimension: input.dimension, member: input.member.trim() },
      before: before ? { score: Number(before.score), comment: before.comment } : null,
      after: { score: input.score, comment: input.comment?.trim() || null },
    });
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
