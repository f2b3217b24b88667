import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { READ_ALL, Role, SIGNED_IN } from "../auth/role.ts";
import type { Context } from "../app/context.ts";
import { unitOfYear } from "../units/unit-of-year.ts";
import { Unit } from "../units/unit.type.ts";
import { yearArg } from "../years/year.ts";
import { committeeMembers, scorerFor, scoresOfYear, scoringProgress, setCommitteeMembers, submitScore, submitScores } from "./score.service.ts";
import { CommitteeMember, CommitteeScore, ScoreInput, ScoreRevision, ScoringProgress, SheetScoreInput } from "./score.type.ts";

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
  @Query(() => [CommitteeMember], {
    description: "The committee members of a year (绩效考核小组 of that year), or every registered member when no year is given.",
  })
  async committeeMembers(
    @Arg("year", () => Int, yearArg("year", { nullable: true, description: "The year whose committee to list." })) year: number | null,
    @Ctx() { knex }: Context,
  ): Promise<CommitteeMember[]> {
    return committeeMembers(knex, year);
  }

  @Authorized(SIGNED_IN)
  @Query(() => [ScoringProgress], {
    description:
      "Per unit and committee dimension: how many members have scored, the minRaters the year needs, and which of the year's members " +
      "are still missing (names only: the scores stay private until finalisation). A station head: their own unit until then.",
  })
  async scoringProgress(@Arg("year", () => Int, yearArg()) year: number, @Ctx() { knex, scope }: Context): Promise<ScoringProgress[]> {
    return scoringProgress(knex, scope, year);
  }

  @Authorized(Role.COMMITTEE, Role.ADMIN)
  @Mutation(() => CommitteeScore, {
    description:
      "Sets the signed-in member's score of a unit on a dimension; a re-submission replaces it and keeps the old value in history. " +
      "`member` may be given only by an administrator entering paper forms (the member then joins the year's committee). " +
      "A committee member must sit on the year's committee.",
  })
  async submitScore(@Arg("input", () => ScoreInput) input: ScoreInput, @Ctx() { knex, viewer }: Context): Promise<CommitteeScore> {
    return submitScore(knex, input, scorerFor(viewer!, input.member));
  }

  @Authorized(Role.COMMITTEE, Role.ADMIN)
  @Mutation(() => [CommitteeScore], {
    description:
      "Stores a member's scoring sheet — their scores of many units and dimensions — all or nothing: one bad cell rejects the sheet, naming " +
      "each bad cell's index, field and reason. Changed cells keep their previous values in history; unchanged ones are left as they are.",
  })
  async submitScores(
    @Arg("year", () => Int, yearArg()) year: number,
    // The service validates every cell itself, naming each bad one.
    @Arg("scores", () => [SheetScoreInput], { validateFn: () => {} }) scores: SheetScoreInput[],
    @Arg("member", () => String, { nullable: true, description: "Only for an administrator entering a paper sheet: the member's name." })
    member: string | null,
    @Ctx() { knex, viewer }: Context,
  ): Promise<CommitteeScore[]> {
    return submitScores(knex, year, scores, scorerFor(viewer!, member));
  }

  @Authorized(Role.COMMITTEE, Role.ADMIN)
  @Mutation(() => [CommitteeMember], {
    description:
      "Sets who sits on a year's committee (member names; a new name registers a member). Members who already scored that year cannot " +
      "be removed. Refused once the year is finalised.",
  })
  async setCommitteeMembers(
    @Arg("year", () => Int, yearArg()) year: number,
    @Arg("members", () => [String], { description: "The members' names." }) members: string[],
    @Ctx() { knex }: Context,
  ): Promise<CommitteeMember[]> {
    return setCommitteeMembers(knex, year, members);
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

@Resolver(() => ScoringProgress)
export class ScoringProgressResolver {
  @FieldResolver(() => Unit, { description: "The unit, with its name in that year." })
  unit(@Root() progress: ScoringProgress, @Ctx() context: Context): Promise<Unit> {
    return unitOfYear(context, progress.unitId, progress.year);
  }
}
