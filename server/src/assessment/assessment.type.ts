import { Field, Float, Int, ObjectType, registerEnumType } from "type-graphql";
import { Dimension, Grade } from "../common/enums.ts";
import { DateScalar, MoneyScalar } from "../common/scalars.ts";
import { Scheme } from "../scheme/scheme.type.ts";

export enum Language {
  ZH = "ZH",
  EN = "EN",
}
registerEnumType(Language, {
  name: "Language",
  description: "The language of explanation texts.",
  valuesConfig: { ZH: { description: "中文 (default)." }, EN: { description: "English." } },
});

/**
 * A decimal the engine computed, kept as its exact text ("108.00"): GraphQL's Float writes it as
 * the JSON number Number(text) gives, so results need no copy with numbers in them.
 */
type DecimalText = string;

@ObjectType({ simpleResolvers: true, description: "One committee member's score as it entered an aggregate." })
export class RaterScore {
  @Field(() => String, { description: "The committee member." })
  member!: string;

  @Field(() => Float, { description: "The score given." })
  score!: DecimalText;
}

@ObjectType({ simpleResolvers: true, description: "How the committee's scores of a unit on a dimension were combined." })
export class CommitteeAggregate {
  @Field(() => [RaterScore], { description: "Scores that were averaged." })
  counted!: RaterScore[];

  @Field(() => [RaterScore], { description: "Scores dropped as the highest and the lowest (去掉一个最高分和一个最低分)." })
  dropped!: RaterScore[];

  @Field(() => Float, { nullable: true, description: "The average of the counted scores (null without scores)." })
  average!: DecimalText | null;

  @Field(() => Boolean, { description: "True when the highest and lowest were dropped (enough scores to trim)." })
  trimmed!: boolean;

  /** Other members' scores left out for this viewer (field resolver: absent is 0). */
  withheld?: number;
}

@ObjectType({ simpleResolvers: true, description: "A number an explanation is built from." })
export class ExplanationPart {
  label!: { zh: string; en: string };

  @Field(() => String, { description: "The value, formatted." })
  value!: string;
}

/**
 * The engine's dimension results are served as they are (scoring/scored-dimension.ts writes their
 * texts when first read; a frozen year's are plain objects): no copy per score. The explanation
 * and formula field resolvers pick a language from the result's own texts.
 */
@ObjectType({ simpleResolvers: true, description: "A unit's score on one dimension, with the explanation of how it was computed." })
export class DimensionScore {
  @Field(() => Dimension, { description: "The dimension." })
  dimension!: Dimension;

  @Field(() => Boolean, { description: "False when the dimension does not apply (e.g. cost with a budget of 0)." })
  applicable!: boolean;

  @Field(() => Float, { nullable: true, description: "The score rounded half-up to 2 decimals; null when not applicable." })
  score!: DecimalText | null;

  @Field(() => Float, { description: "The scheme weight of the dimension." })
  weight!: number;

  @Field(() => Float, { nullable: true, description: "The objective part (satisfaction and cooperation)." })
  objective?: DecimalText | null;

  @Field(() => CommitteeAggregate, { nullable: true, description: "The committee part (satisfaction and cooperation)." })
  committee?: CommitteeAggregate | null;

  @Field(() => [ExplanationPart], { description: "The inputs and intermediate numbers, for laying the explanation out." })
  inputs!: ExplanationPart[];
}

@ObjectType({ simpleResolvers: true, description: "A committee dimension on which a unit has too few scores to be finalised." })
export class MissingScores {
  @Field(() => Dimension, { description: "SATISFACTION or COOPERATION." })
  dimension!: Dimension;

  @Field(() => Int, { description: "Scores entered." })
  have!: number;

  @Field(() => Int, { description: "Scores needed (the scheme's minRaters)." })
  need!: number;
}

@ObjectType({ simpleResolvers: true, description: "效益工资 — a unit's performance pay lines, each rounded half-up to the fen." })
export class PayBreakdown {
  @Field(() => MoneyScalar, { description: "收入提成 = actual × revenueCommissionRate %." })
  commission!: string;

  @Field(() => MoneyScalar, { description: "超收提成 = max(0, actual − target) × overTargetRate %." })
  overTargetBonus!: string;

  @Field(() => MoneyScalar, { description: "欠收例扣 = max(0, target − actual) × underTargetDeductionRate %." })
  underTargetDeduction!: string;

  @Field(() => MoneyScalar, { description: "节余奖励 = repair-budget saving × repairSavingsRewardRate % (0 when overspent)." })
  repairSavingsReward!: string;

  @Field(() => MoneyScalar, { description: "超支自负 = the repair-budget overspend, borne in full (0 when saved)." })
  repairOverspendCharge!: string;

  @Field(() => MoneyScalar, {
    description: "Net = commission + overTargetBonus − underTargetDeduction + repairSavingsReward − repairOverspendCharge (may be negative).",
  })
  net!: string;
}

@ObjectType({ simpleResolvers: true, description: "One unit's year-end result." })
export class UnitResult {
  unitId!: number;
  unitCode!: string;
  /** The assessment's year and the name the unit was assessed under (frozen once finalised). */
  year!: number;
  unitName!: string;
  /** Read by the totalFormula field resolver in the language asked for. */
  totalFormula!: { zh: string; en: string };

  @Field(() => MoneyScalar, { description: "创收任务 from the contract." })
  revenueTarget!: string;

  @Field(() => MoneyScalar, { description: "Sum of the year's remittances." })
  revenueActual!: string;

  @Field(() => Float, { description: "revenueActual / revenueTarget in percent, 2 decimals." })
  completionRate!: DecimalText;

  @Field(() => Float, {
    nullable: true,
    description: "收缴率 — the year's collection rate (§9) in percent, 2 decimals; null when not applicable (no household register).",
  })
  collectionRate?: DecimalText | null;

  @Field(() => MoneyScalar, { description: "Repair material in the budget window, warranty exchanges excluded." })
  repairCost!: string;

  @Field(() => MoneyScalar, { description: "All other costs." })
  otherCost!: string;

  @Field(() => [DimensionScore], { description: "The four dimension scores, REVENUE, COST, SATISFACTION, COOPERATION." })
  scores!: DimensionScore[];

  @Field(() => Float, { description: "Weighted mean of the applicable rounded dimension scores, rounded half-up to 2 decimals." })
  total!: DecimalText;

  @Field(() => Int, { description: "Rank by total (equal totals share a rank; the next rank skips)." })
  rank!: number;

  @Field(() => Grade, { description: "The grade the total earns." })
  grade!: Grade;

  @Field(() => Boolean, { description: "False when a committee dimension has fewer than minRaters scores (the year cannot be finalised)." })
  complete!: boolean;

  @Field(() => [MissingScores], { description: "What an incomplete unit lacks." })
  missing!: MissingScores[];

  @Field(() => PayBreakdown, { description: "The unit's performance pay lines." })
  pay!: PayBreakdown;

  @Field(() => Int, { nullable: true, description: "In a simulation: the rank under the year's current assessment." })
  baselineRank?: number | null;

  @Field(() => Int, { nullable: true, description: "In a simulation: places moved against the current assessment (positive = up)." })
  rankChange?: number | null;
}

@ObjectType({ simpleResolvers: true, description: "A year's assessment: the live preview while the year is open, the frozen result once finalised." })
export class Assessment {
  @Field(() => Int, { description: "The year." })
  year!: number;

  @Field(() => Boolean, { description: "True once the committee has finalised the year." })
  finalized!: boolean;

  @Field(() => String, { nullable: true, description: "When it was finalised (ISO 8601 instant)." })
  finalizedAt!: string | null;

  @Field(() => Scheme, { description: "The scheme the results were computed with." })
  scheme!: Scheme;

  @Field(() => [UnitResult], { description: "One result per unit with a contract, ordered by rank, ties by unit code." })
  results!: UnitResult[];
}

@ObjectType({ simpleResolvers: true, description: "A unit's performance pay for a year, or year to date up to the end of a quarter." })
export class PayrollLine {
  unitId!: number;

  @Field(() => Int, { description: "The year." })
  year!: number;

  @Field(() => Int, { nullable: true, description: "The quarter the period ends with; null for the whole year." })
  quarter!: number | null;

  @Field(() => DateScalar, { description: "First day of the period." })
  periodStart!: string;

  @Field(() => DateScalar, { description: "Last day of the period." })
  periodEnd!: string;

  @Field(() => MoneyScalar, { description: "The target for the period (the year's target × elapsed quarters / 4)." })
  revenueTarget!: string;

  @Field(() => MoneyScalar, { description: "Remittances in the period." })
  revenueActual!: string;

  @Field(() => MoneyScalar, { description: "Repair budget for the period (in proportion to the elapsed months of its window)." })
  repairBudget!: string;

  @Field(() => MoneyScalar, { description: "Repair material counted in the period." })
  repairCost!: string;

  @Field(() => PayBreakdown, { description: "The pay lines for the period." })
  pay!: PayBreakdown;
}

@ObjectType({ simpleResolvers: true, description: "A unit's projected year-end revenue from the year-to-date pace." })
export class RevenueProjection {
  unitId!: number;
  year!: number;

  @Field(() => DateScalar, { description: "The day the projection is made as of." })
  asOf!: string;

  @Field(() => MoneyScalar, { description: "The year's revenue target." })
  revenueTarget!: string;

  @Field(() => MoneyScalar, { description: "Remitted up to and including asOf." })
  revenueToDate!: string;

  @Field(() => Float, { description: "revenueToDate / target in percent." })
  completionToDate!: number;

  @Field(() => MoneyScalar, { description: "Projected year-end revenue." })
  projectedRevenue!: string;

  @Field(() => Float, { description: "Projected completion in percent." })
  projectedCompletion!: number;

  @Field(() => String, { description: "SEASONAL: scaled by the unit's monthly pattern of earlier years; LINEAR: by elapsed days." })
  basis!: string;

  @Field(() => Float, { description: "Share of a year's revenue expected by asOf (0–1)." })
  expectedShareToDate!: number;

  @Field(() => Int, { description: "Weeks left in the year after asOf." })
  remainingWeeks!: number;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: "Still needed per remaining week to reach the target (null when the year is over and it was missed).",
  })
  weeklyAmountNeeded!: string | null;
}

@ObjectType({ simpleResolvers: true, description: "A dimension's score in a trend point." })
export class TrendScore {
  @Field(() => Dimension, { description: "The dimension." })
  dimension!: Dimension;

  @Field(() => Float, { nullable: true, description: "Its score (null when not applicable)." })
  score!: number | null;
}

@ObjectType({ simpleResolvers: true, description: "A unit's result in one year, for multi-year views." })
export class TrendPoint {
  unitId!: number;
  unitName!: string;

  @Field(() => Int, { description: "The year." })
  year!: number;

  @Field(() => Boolean, { description: "True when the figures are the frozen, finalised ones." })
  finalized!: boolean;

  @Field(() => Float, { description: "The total." })
  total!: number;

  @Field(() => Int, { description: "The rank that year." })
  rank!: number;

  @Field(() => Grade, { description: "The grade." })
  grade!: Grade;

  @Field(() => Float, { description: "Revenue completion in percent." })
  completionRate!: number;

  @Field(() => [TrendScore], { description: "The four dimension scores." })
  scores!: TrendScore[];
}
