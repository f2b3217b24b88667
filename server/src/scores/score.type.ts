import { Field, Float, ID, InputType, Int, ObjectType } from "type-graphql";
import { COMMITTEE_DIMENSIONS, Dimension } from "../common/enums.ts";
import { IsYear, NumberBetween, rule, Text } from "../common/validation.ts";

@ObjectType({ simpleResolvers: true, description: "A member of the company performance committee (绩效考核小组)." })
export class CommitteeMember {
  @Field(() => ID, { description: "Stable identifier." })
  id!: string;

  @Field(() => String, { description: "The member's name as entered." })
  name!: string;
}

@ObjectType({ simpleResolvers: true, description: "A value a committee score had before it was revised." })
export class ScoreRevision {
  @Field(() => Float, { description: "The score before the revision." })
  score!: number;

  @Field(() => String, { nullable: true, description: "The comment before the revision." })
  comment!: string | null;

  @Field(() => String, { description: "When it was replaced (ISO 8601 instant)." })
  replacedAt!: string;
}

@ObjectType({ simpleResolvers: true, description: "One committee member's score of one unit on one dimension in one year." })
export class CommitteeScore {
  unitId!: number;
  memberId!: number;

  @Field(() => ID, { description: "Stable identifier." })
  id!: string;

  @Field(() => Int, { description: "The assessment year." })
  year!: number;

  @Field(() => Dimension, { description: "SATISFACTION or COOPERATION." })
  dimension!: Dimension;

  @Field(() => CommitteeMember, { description: "Who gave the score." })
  member!: CommitteeMember;

  @Field(() => Float, { description: "The score, 0–100." })
  score!: number;

  @Field(() => String, { nullable: true, description: "The member's comment." })
  comment!: string | null;

  @Field(() => String, { description: "When the score was last set (ISO 8601 instant)." })
  updatedAt!: string;
}

@InputType({ description: "A committee member's score of a unit on a dimension; replaces that member's earlier score." })
export class ScoreInput {
  @Field(() => Int, { description: "The assessment year." })
  @IsYear()
  year!: number;

  @Field(() => String, { description: "The unit's code." })
  unitCode!: string;

  @Field(() => Dimension, { description: "SATISFACTION or COOPERATION (the others are not scored by the committee)." })
  @rule("COMMITTEE_DIMENSION_ONLY", (v) => (COMMITTEE_DIMENSIONS as readonly unknown[]).includes(v))
  dimension!: Dimension;

  @Field(() => String, {
    nullable: true,
    description: "Only for an administrator entering paper forms: the member's name (a new name registers a member). Others score as themselves.",
  })
  @Text(100)
  member?: string | null;

  @Field(() => Float, { description: "The score, 0–100, at most 2 decimals." })
  @NumberBetween(0, 100, 2)
  score!: number;

  @Field(() => String, { nullable: true, description: "An optional comment (up to 2000 characters)." })
  @Text(2000, 0)
  comment?: string | null;
}

@InputType({ description: "One cell of a committee member's scoring sheet: their score of a unit on a committee dimension." })
export class SheetScoreInput {
  @Field(() => String, { description: "The unit's code." })
  unitCode!: string;

  @Field(() => Dimension, { description: "SATISFACTION or COOPERATION." })
  @rule("COMMITTEE_DIMENSION_ONLY", (v) => (COMMITTEE_DIMENSIONS as readonly unknown[]).includes(v))
  dimension!: Dimension;

  @Field(() => Float, { description: "The score, 0–100, at most 2 decimals." })
  @NumberBetween(0, 100, 2)
  score!: number;

  @Field(() => String, { nullable: true, description: "An optional comment (up to 2000 characters)." })
  @Text(2000, 0)
  comment?: string | null;
}

@ObjectType({
  simpleResolvers: true,
  description:
    "How far the committee has scored one unit on one committee dimension: how many scores there are and which of the year's " +
    "members have not scored yet (never the scores themselves).",
})
export class ScoringProgress {
  unitId!: number;

  @Field(() => Int, { description: "The assessment year." })
  year!: number;

  @Field(() => Dimension, { description: "SATISFACTION or COOPERATION." })
  dimension!: Dimension;

  @Field(() => Int, { description: "How many members have scored it." })
  raters!: number;

  @Field(() => Int, { description: "The scheme's minRaters: how many scores the year needs before it can be finalised." })
  minRaters!: number;

  @Field(() => [String], { description: "The year's committee members who have not scored it yet, by name." })
  missing!: string[];

  @Field(() => Boolean, { description: "Whether it has at least minRaters scores." })
  complete!: boolean;
}
