import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../common/context.ts";
import { Unit } from "../units/unit.type.ts";
import { requireUnit } from "../units/unit.service.ts";
import { listMembers, listScores } from "./score.repository.ts";
import { submitScore } from "./score.service.ts";
import { CommitteeMember, CommitteeScore, ScoreInput, ScoreRevision } from "./score.type.ts";

@Resolver(() => CommitteeScore)
export class ScoreResolver {
  @Query(() => [CommitteeScore], { description: "The committee's scores of a year, optionally of one unit." })
  async committeeScores(
    @Arg("year", () => Int) year: number,
    @Arg("unitCode", () => String, { nullable: true }) unitCode: string | undefined,
    @Ctx() { knex }: Context,
  ): Promise<CommitteeScore[]> {
    const unitId = unitCode ? Number((await requireUnit(knex, unitCode)).id) : undefined;
    return listScores(knex, year, unitId);
  }

  @Query(() => [CommitteeMember], { description: "The committee members who have entered scores." })
  async committeeMembers(@Ctx() { knex }: Context): Promise<CommitteeMember[]> {
    return listMembers(knex);
  }

  @Mutation(() => CommitteeScore, {
    description: "Sets a member's score of a unit on a dimension; a re-submission replaces it and keeps the old value in history.",
  })
  async submitScore(@Arg("input", () => ScoreInput) input: ScoreInput, @Ctx() { knex }: Context): Promise<CommitteeScore> {
    return submitScore(knex, input);
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
