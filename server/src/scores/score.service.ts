import { Decimal } from "decimal.js";
import type { Knex } from "knex";
import { COMMITTEE_DIMENSIONS, type Dimension } from "../common/enums.ts";
import { assertYearsOpen } from "../assessment/year-guard.ts";
import { Role } from "../auth/role.ts";
import type { Viewer } from "../auth/viewer.ts";
import { DomainError, InvalidInputError, type InvalidField } from "../common/errors.ts";
import { FieldChecker } from "../common/field-checker.ts";
import { requireUnit } from "../units/unit.service.ts";
import { findScoreById, memberIdFor, upsertScore } from "./score.repository.ts";
import type { CommitteeScore, ScoreInput } from "./score.type.ts";

export function validateScore(input: ScoreInput & { member: string }): void {
  const invalid: InvalidField[] = [];
  const check = new FieldChecker(invalid);
  check.integerBetween("year", input.year, 2000, 2100);
  if (!(COMMITTEE_DIMENSIONS as readonly Dimension[]).includes(input.dimension)) {
    check.fail("dimension", `the committee scores only SATISFACTION and COOPERATION (got ${input.dimension})`);
  }
  check.text("member", input.member, { max: 100 });
  check.numberBetween("score", input.score, 0, 100);
  if (Number.isFinite(input.score) && new Decimal(String(input.score)).decimalPlaces() > 2) {
    check.fail("score", `must have at most 2 decimals (got ${input.score})`);
  }
  check.text("comment", input.comment, { min: 0, max: 2000 });
  if (invalid.length > 0) throw new InvalidInputError(invalid, "score");
}

export async function submitScore(knex: Knex, input: ScoreInput & { member: string }): Promise<CommitteeScore> {
  validateScore(input);
  await assertYearsOpen(knex, [input.year]);
  const unit = await requireUnit(knex, input.unitCode);
  const id = await knex.transaction(async (trx) => {
    const memberId = await memberIdFor(trx, input.member.trim());
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
  if (viewer.roles.includes(Role.ADMIN) && !viewer.memberName) {
    throw new InvalidInputError([{ field: "member", reason: "name the committee member whose paper form you are entering" }], "score");
  }
  if (requested && viewer.memberName && requested !== viewer.memberName) {
    throw new DomainError("FORBIDDEN", "You can enter only your own scores; an administrator enters scores for other members");
  }
  if (!viewer.memberName) {
    throw new DomainError("FORBIDDEN", "Your account is not linked to a committee member name; ask an administrator");
  }
  return viewer.memberName;
}
