import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { READ_ALL, Role, SIGNED_IN } from "../auth/role.ts";
import { visibleScoreMember } from "../auth/visibility.ts";
import type { Context } from "../common/context.ts";
import { Unit } from "../units/unit.type.ts";
import { requireUnit } from "../units/unit.service.ts";
import { listMembers, listScores } from "./score.repository.ts";
import { scoringMember, submitScore } from "./score.service.ts";
import { CommitteeMember, CommitteeScore, ScoreInput, ScoreRevision } from "./score.type.ts";

@Resolver(() => CommitteeScore)
export class ScoreResolver {
  @Authorized(SIGNED_IN)
  @Query(() => [CommitteeScore], {
    description: "The committee's scores of a year, optionally of one unit. Until the year is finalised a committee member sees only their own.",
  })
  async committeeScores(
    @Arg("year", () => Int) year: number,
    @Arg("unitCode", () => String, { nullable: true }) unitCode: string | undefined,
    @Ctx() context: Context,
  ): Promise<CommitteeScore[]> {
    const unitId = unitCode ? Number((await requireUnit(context.knex, unitCode)).id) : undefined;
    const member = await visibleScoreMember(context, year);
    if (member === "none") return [];
    const scores = await listScores(context.knex, year, unitId);
    return member === "all" ? scores : scores.filter((s) => s.memberId === member);
  }

  @Authorized(READ_ALL)
  @Query(() => [CommitteeMember], { description: "The committee members who have entered scores." })
  async committeeMembers(@Ctx() { knex }: Context): Promise<CommitteeMember[]> {
    return listMembers(knex);
  }

  @Authorized(Role.COMMITTEE, Role.ADMIN)
  @Mutation(() => CommitteeScore, {
    description:
      "Sets the signed-in member's score of a unit on a dimension; a re-submission replaces it and keeps the old value in history. " +
      "`member` may be given only by an administrator entering paper forms.",
  })
  async submitScore(@Arg("input", () => ScoreInput) input: ScoreInput, @Ctx() { knex, viewer }: Context): Promise<CommitteeScore> {
    return submitScore(knex, { ...input, member: scoringMember(viewer!, input.member) });
  }

  @FieldResolver(() => Unit)
  async unit(@Root() score: CommitteeScore, @Ctx() { loaders }: Context): Promise<Unit> {
    return (await loaders.unitById.load(score.unitId))!;
  }

  @FieldResolver(() => [ScoreRevision])
  async history(@Root() score: CommitteeScore, @Ctx() { loaders }: Context): Promise<ScoreRevision[]> {
    return loaders.scoreHistory.load(Number(score.id));
  }
}
