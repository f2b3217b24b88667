import type { GraphQLResolveInfo } from "graphql";
import { Arg, Authorized, Ctx, FieldResolver, Info, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { READ_ALL, Role, SIGNED_IN } from "../auth/role.ts";
import type { Context } from "../app/context.ts";
import { DateScalar } from "../common/scalars.ts";
import { SchemeInput } from "../scheme/scheme.type.ts";
import { unitOfYear, unitOfYearKnowing } from "../units/unit-of-year.ts";
import { Unit } from "../units/unit.type.ts";
import { yearArg } from "../years/year.ts";
import { toAssessment } from "./assessment.mapper.ts";
import { finalizeAssessment, getAssessment, reopenAssessment, simulateAssessment } from "./assessment.service.ts";
import {
  Assessment,
  CommitteeAggregate,
  DimensionScore,
  ExplanationPart,
  Language,
  PayrollLine,
  RevenueProjection,
  TrendPoint,
  UnitResult,
} from "./assessment.type.ts";
import { payroll } from "./payroll.service.ts";
import { projectYearEnd } from "./projection.service.ts";
import { assessmentVisibleTo } from "./rater-visibility.ts";
import { trends } from "./trends.service.ts";
import type { DimensionResult } from "./scoring/index.ts";

const languageArg = { defaultValue: Language.ZH, description: "ZH (default) or EN." };
const pick = (text: { zh: string; en: string }, language: Language) => (language === Language.EN ? text.en : text.zh);

@Resolver(() => Assessment)
export class AssessmentResolver {
  @Authorized(SIGNED_IN)
  @Query(() => Assessment, {
    description: "The year's assessment: live preview while open, the frozen result once finalised. A station head sees only their unit until then.",
  })
  async assessment(@Arg("year", () => Int, yearArg()) year: number, @Ctx() { knex, scope }: Context): Promise<Assessment> {
    return toAssessment(await assessmentVisibleTo(scope, await getAssessment(knex, year)));
  }

  @Authorized(READ_ALL)
  @Query(() => Assessment, {
    description: "What-if: the year's data scored with the scheme changed as given (stores nothing); results carry their rank change.",
  })
  async simulateAssessment(
    @Arg("year", () => Int, yearArg()) year: number,
    @Arg("scheme", () => SchemeInput) scheme: SchemeInput,
    @Ctx() { knex, scope }: Context,
  ): Promise<Assessment> {
    return toAssessment(await assessmentVisibleTo(scope, await simulateAssessment(knex, year, scheme)));
  }

  @Authorized(Role.COMMITTEE, Role.ADMIN)
  @Mutation(() => Assessment, {
    description:
      "Freezes the year's results (refused while a unit is incomplete). Afterwards every change to the year's data fails with YEAR_FINALIZED.",
  })
  async finalizeAssessment(@Arg("year", () => Int, yearArg()) year: number, @Ctx() { knex, actor }: Context): Promise<Assessment> {
    return toAssessment(await finalizeAssessment(knex, year, actor));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Assessment, { description: "Undoes a finalisation; the reason is recorded in the audit log." })
  async reopenAssessment(
    @Arg("year", () => Int, yearArg()) year: number,
    @Arg("reason", () => String, { description: "Why the year is reopened (5–2000 characters)." }) reason: string,
    @Ctx() { knex, actor }: Context,
  ): Promise<Assessment> {
    return toAssessment(await reopenAssessment(knex, year, reason, actor));
  }

  @Authorized(SIGNED_IN)
  @Query(() => [PayrollLine], { description: "效益工资 per unit for the year, or year to date up to the end of a quarter." })
  async payroll(
    @Arg("year", () => Int, yearArg()) year: number,
    @Arg("quarter", () => Int, { nullable: true, description: "1–4 for year to date up to that quarter's end; omit for the year." })
    quarter: number | null,
    @Ctx() { knex, scope }: Context,
  ): Promise<PayrollLine[]> {
    return scope.keep(year, await payroll(knex, year, quarter));
  }

  @Authorized(SIGNED_IN)
  @Query(() => [RevenueProjection], { description: "Projected year-end revenue and completion per unit, with the weekly amount still needed." })
  async revenueProjection(
    @Arg("year", () => Int, yearArg()) year: number,
    @Arg("asOf", () => DateScalar, { nullable: true, description: "Project as of this day (default: today, or the year's last day once over)." })
    asOf: string | null,
    @Ctx() { knex, scope }: Context,
  ): Promise<RevenueProjection[]> {
    return scope.keep(year, await projectYearEnd(knex, year, asOf));
  }

  @Authorized(SIGNED_IN)
  @Query(() => [TrendPoint], { description: "Per unit and year: total, rank, grade, dimension scores and completion (frozen where finalised)." })
  async trends(
    @Arg("fromYear", () => Int, yearArg("fromYear")) fromYear: number,
    @Arg("toYear", () => Int, yearArg("toYear")) toYear: number,
    @Ctx() { knex, scope }: Context,
  ): Promise<TrendPoint[]> {
    return scope.keepByYear(await trends(knex, fromYear, toYear));
  }
}

@Resolver(() => UnitResult)
export class UnitResultResolver {
  @FieldResolver(() => Unit, { description: "The unit, with the name it was assessed under that year (frozen once finalised)." })
  unit(@Root() result: UnitResult, @Ctx() context: Context, @Info() info: GraphQLResolveInfo): Unit | Promise<Unit> {
    return unitOfYearKnowing(context, info, { unitId: result.unitId, year: result.year, code: result.unitCode, name: result.unitName });
  }

  @FieldResolver(() => String, { description: "How the total was computed, numbers filled in." })
  totalFormula(@Root() result: UnitResult, @Arg("language", () => Language, languageArg) language: Language): string {
    return pick(result.totalFormula, language);
  }
}

@Resolver(() => DimensionScore)
export class DimensionScoreResolver {
  @FieldResolver(() => String, { description: "The inputs, committee raters and formula with the numbers filled in, as text." })
  explanation(@Root() score: DimensionResult, @Arg("language", () => Language, languageArg) language: Language): string {
    return pick(score.explanation, language);
  }

  @FieldResolver(() => String, { description: "The formula with its numbers filled in, e.g. min(120, 100 × 3,456,000.00 / 3,200,000.00) = 108.00." })
  formula(@Root() score: DimensionResult, @Arg("language", () => Language, languageArg) language: Language): string {
    return pick(score.formula, language);
  }
}

@Resolver(() => CommitteeAggregate)
export class CommitteeAggregateResolver {
  @FieldResolver(() => Int, {
    description:
      "Other members' scores left out of counted/dropped for this viewer: until the year is finalised a committee member sees only their own, a station head none. 0 when every score is shown.",
  })
  withheld(@Root() committee: CommitteeAggregate): number {
    return committee.withheld ?? 0;
  }
}

@Resolver(() => ExplanationPart)
export class ExplanationPartResolver {
  @FieldResolver(() => String, { description: "What the number is." })
  label(@Root() part: ExplanationPart, @Arg("language", () => Language, languageArg) language: Language): string {
    return pick(part.label, language);
  }
}

@Resolver(() => PayrollLine)
export class PayrollLineResolver {
  @FieldResolver(() => Unit, { description: "The unit, with its name in that year." })
  unit(@Root() line: PayrollLine, @Ctx() context: Context): Promise<Unit> {
    return unitOfYear(context, line.unitId, line.year);
  }
}

@Resolver(() => RevenueProjection)
export class RevenueProjectionResolver {
  @FieldResolver(() => Unit, { description: "The unit, with its name in that year." })
  unit(@Root() line: RevenueProjection, @Ctx() context: Context): Promise<Unit> {
    return unitOfYear(context, line.unitId, line.year);
  }
}

@Resolver(() => TrendPoint)
export class TrendPointResolver {
  @FieldResolver(() => Unit, { description: "The unit, with the name it had that year (frozen once finalised)." })
  unit(@Root() point: TrendPoint, @Ctx() context: Context): Promise<Unit> {
    return unitOfYear(context, point.unitId, point.year, point.unitName);
  }
}
