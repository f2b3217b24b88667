import { Field, Float, InputType, Int, ObjectType } from "type-graphql";
import { Dimension, Grade } from "../common/enums.ts";

@ObjectType({ simpleResolvers: true, description: "The weight of one dimension in the total." })
export class DimensionWeight {
  @Field(() => Dimension, { description: "The dimension." })
  dimension!: Dimension;

  @Field(() => Float, { description: "Its weight; the total is Σ weight × score / Σ weight over applicable dimensions." })
  weight!: number;
}

@ObjectType({ simpleResolvers: true, description: "The lowest total that earns a grade." })
export class GradeThreshold {
  @Field(() => Grade, { description: "The grade (FAIL is every total below PASS)." })
  grade!: Grade;

  @Field(() => Float, { description: "Totals at or above this earn the grade." })
  minTotal!: number;
}

@ObjectType({ simpleResolvers: true, description: "The committee's parameters for one year's assessment (ASSESSMENT.md §4–5)." })
export class Scheme {
  @Field(() => Int, { description: "The year the scheme applies to." })
  year!: number;

  @Field(() => Boolean, { description: "True when the committee has not set a scheme for the year and the defaults apply." })
  isDefault!: boolean;

  @Field(() => [DimensionWeight], { description: "Weights of the four dimensions (default 40/20/25/15)." })
  weights!: DimensionWeight[];

  @Field(() => Float, { description: "Cap on the revenue score (default 120)." })
  revenueCap!: number;

  @Field(() => Float, { description: "Cap on the cost score (default 110)." })
  costCap!: number;

  @Field(() => Float, { description: "Bonus points per percentage point under budget (default 0.5)." })
  savingBonusPerPct!: number;

  @Field(() => Float, { description: "Points lost per percentage point over budget (default 2)." })
  overspendPenaltyPerPct!: number;

  @Field(() => Float, { description: "Points lost per plain complaint (default 1)." })
  complaintPenalty!: number;

  @Field(() => Float, { description: "Points lost per repeat complaint 二次投诉 (default 3)." })
  repeatComplaintPenalty!: number;

  @Field(() => Float, { description: "Points lost per refused dispatch order (default 10)." })
  refusedDispatchPenalty!: number;

  @Field(() => Float, { description: "Share of the objective part in the satisfaction score, 0–1 (default 0.6)." })
  satisfactionObjectiveShare!: number;

  @Field(() => Float, { description: "Share of the objective part in the cooperation score, 0–1 (default 0.5)." })
  cooperationObjectiveShare!: number;

  @Field(() => Int, { description: "From this many committee scores on, the highest and lowest are dropped (default 5)." })
  trimThreshold!: number;

  @Field(() => Int, { description: "Fewer committee scores than this on a dimension make a unit incomplete (default 3)." })
  minRaters!: number;

  @Field(() => Float, {
    description:
      "收缴率占比 — share of the collection rate (§9) blended into REVENUE, 0–1 (default 0): score = (1 − share) × min(revenueCap, completion) + share × min(100, collectionRate); a unit without a collection rate keeps its completion score.",
  })
  revenueCollectionShare!: number;

  @Field(() => [GradeThreshold], { description: "Grade thresholds (default EXCELLENT 90, GOOD 80, PASS 60)." })
  gradeThresholds!: GradeThreshold[];
}

@InputType({ description: "A dimension's weight." })
export class DimensionWeightInput {
  @Field(() => Dimension, { description: "The dimension." })
  dimension!: Dimension;

  @Field(() => Float, { description: "Its weight, 0–1000." })
  weight!: number;
}

@InputType({ description: "A grade's threshold." })
export class GradeThresholdInput {
  @Field(() => Grade, { description: "EXCELLENT, GOOD or PASS." })
  grade!: Grade;

  @Field(() => Float, { description: "The lowest total that earns it." })
  minTotal!: number;
}

@InputType({ description: "Changes to a scheme; every field is optional and what is left out keeps the year's value." })
export class SchemeInput {
  @Field(() => [DimensionWeightInput], { nullable: true, description: "Weights to change." })
  weights?: DimensionWeightInput[] | null;

  @Field(() => Float, { nullable: true, description: "Cap on the revenue score." })
  revenueCap?: number | null;

  @Field(() => Float, { nullable: true, description: "Cap on the cost score." })
  costCap?: number | null;

  @Field(() => Float, { nullable: true, description: "Bonus points per percentage point under budget." })
  savingBonusPerPct?: number | null;

  @Field(() => Float, { nullable: true, description: "Points lost per percentage point over budget." })
  overspendPenaltyPerPct?: number | null;

  @Field(() => Float, { nullable: true, description: "Points lost per plain complaint." })
  complaintPenalty?: number | null;

  @Field(() => Float, { nullable: true, description: "Points lost per repeat complaint." })
  repeatComplaintPenalty?: number | null;

  @Field(() => Float, { nullable: true, description: "Points lost per refused dispatch order." })
  refusedDispatchPenalty?: number | null;

  @Field(() => Float, { nullable: true, description: "Objective share of the satisfaction score, 0–1." })
  satisfactionObjectiveShare?: number | null;

  @Field(() => Float, { nullable: true, description: "Objective share of the cooperation score, 0–1." })
  cooperationObjectiveShare?: number | null;

  @Field(() => Int, { nullable: true, description: "Score count from which highest and lowest are dropped (3 or more)." })
  trimThreshold?: number | null;

  @Field(() => Int, { nullable: true, description: "Minimum committee scores per dimension for a complete unit." })
  minRaters?: number | null;

  @Field(() => Float, { nullable: true, description: "收缴率占比 — share of the collection rate blended into REVENUE, 0–1." })
  revenueCollectionShare?: number | null;

  @Field(() => [GradeThresholdInput], { nullable: true, description: "Grade thresholds to change." })
  gradeThresholds?: GradeThresholdInput[] | null;
}
