import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { READ_ALL, Role, SIGNED_IN } from "../auth/role.ts";
import type { Context } from "../app/context.ts";
import { unitOfYear } from "../units/unit-of-year.ts";
import { Unit } from "../units/unit.type.ts";
import { yearArg } from "../years/year.ts";
import { committeeMembers, scoresOfYear, scoringMember, submitScore } from "./score.service.ts";
import { CommitteeMember, CommitteeScore, ScoreInput, ScoreRevision } from "./score.type.ts";

@Resolver(() => CommitteeScore)
export class ScoreResolver {
  @Authorized(SIGNED_IN)
  @Query(() => [CommitteeScore], {
    description: "The committee's scores of a year, optionally of one unit. Until the year is finalised a committee member sees only their own.",
  })
  async committeeScores(
    @Arg("year", () => Int, yearArg()) year: number,
    @Arg("unitCode", () => String, { nullable: true }) unitCode: string | undefined,
    @Ctx() { knex, scope }: Context,
  ): Promise<CommitteeScore[]> {
    return scoresOfYear(knex, scope, year, unitCode);
  }

  @Authorized(READ_ALL)
  @Query(() => [CommitteeMember], { description: "The committee members who have entered scores." })
  async committeeMembers(@Ctx() { knex }: Context): Promise<CommitteeMember[]> {
    return committeeMembers(knex);
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

  @FieldResolver(() => Unit, { description: "The unit scored, with its name in the score's year." })
  unit(@Root() score: CommitteeScore, @Ctx() context: Context): Promise<Unit> {
    return unitOfYear(context, score.unitId, score.year);
  }

  @FieldResolver(() => [ScoreRevision], { description: "Earlier values of this score, newest first." })
  history(@Root() score: CommitteeScore, @Ctx() { loaders }: Context): Promise<ScoreRevision[]> {
    return loaders.scoreHistory.load(Number(score.id));
  }
}
