import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { READ_ALL, Role, SIGNED_IN } from "../auth/role.ts";
import { keepVisible, visibleUnitOf } from "../auth/visibility.ts";
import type { Context } from "../common/context.ts";
import { DateScalar } from "../common/scalars.ts";
import { SchemeInput } from "../scheme/scheme.type.ts";
import { Unit } from "../units/unit.type.ts";
import { toAssessment } from "./assessment.mapper.ts";
import { finalizeAssessment, getAssessment, reopenAssessment, simulateAssessment } from "./assessment.service.ts";
import { Assessment, DimensionScore, ExplanationPart, Language, PayrollLine, RevenueProjection, TrendPoint, UnitResult } from "./assessment.type.ts";
import { payroll } from "./payroll.service.ts";
import { withRatersVisibleTo } from "./rater-visibility.ts";
import { projectYearEnd } from "./projection.service.ts";
import { trends } from "./trends.service.ts";

const languageArg = { defaultValue: Language.ZH, description: "ZH (default) or EN." };
const pick = (text: { zh: string; en: string }, language: Language) => (language === Language.EN ? text.en : text.zh);

@Resolver(() => Assessment)
export class AssessmentResolver {
  @Authorized(SIGNED_IN)
  @Query(() => Assessment, {
    description: "The year's assessment: live preview while open, the frozen result once finalised. A station head sees only their unit until then.",
  })
  async assessment(@Arg("year", () => Int) year: number, @Ctx() context: Context): Promise<Assessment> {
    const assessment = toAssessment(withRatersVisibleTo(context, await getAssessment(context.knex, year)));
    return { ...assessment, results: await keepVisible(context, year, assessment.results) };
  }

  @Authorized(READ_ALL)
  @Query(() => Assessment, {
    description: "What-if: the year's data scored with the scheme changed as given (stores nothing); results carry their rank change.",
  })
  async simulateAssessment(
    @Arg("year", () => Int) year: number,
    @Arg("scheme", () => SchemeInput) scheme: SchemeInput,
    @Ctx() context: Context,
  ): Promise<Assessment> {
    return toAssessment(withRatersVisibleTo(context, await simulateAssessment(context.knex, year, scheme)));
  }

  @Authorized(Role.COMMITTEE, Role.ADMIN)
  @Mutation(() => Assessment, {
    description:
      "Freezes the year's results (refused while a unit is incomplete). Afterwards every change to the year's data fails with YEAR_FINALIZED.",
  })
  async finalizeAssessment(@Arg("year", () => Int) year: number, @Ctx() { knex, actor }: Context): Promise<Assessment> {
    return toAssessment(await finalizeAssessment(knex, year, actor));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Assessment, { description: "Undoes a finalisation; the reason is recorded in the audit log." })
  async reopenAssessment(
    @Arg("year", () => Int) year: number,
    @Arg("reason", () => String, { description: "Why the year is reopened (5–2000 characters)." }) reason: string,
    @Ctx() { knex, actor }: Context,
  ): Promise<Assessment> {
    return toAssessment(await reopenAssessment(knex, year, reason, actor));
  }

  @Authorized(SIGNED_IN)
  @Query(() => [PayrollLine], { description: "效益工资 per unit for the year, or year to date up to the end of a quarter." })
  async payroll(
    @Arg("year", () => Int) year: number,
    @Arg("quarter", () => Int, { nullable: true, description: "1–4 for year to date up to that quarter's end; omit for the year." })
    quarter: number | null,
    @Ctx() context: Context,
  ): Promise<PayrollLine[]> {
    return keepVisible(
      context,
      year,
      (await payroll(context.knex, year, quarter)).map((line) => ({ ...line, unit: undefined as never })),
    );
  }

  @Authorized(SIGNED_IN)
  @Query(() => [RevenueProjection], { description: "Projected year-end revenue and completion per unit, with the weekly amount still needed." })
  async revenueProjection(
    @Arg("year", () => Int) year: number,
    @Arg("asOf", () => DateScalar, { nullable: true, description: "Project as of this day (default: today, or the year's last day once over)." })
    asOf: string | null,
    @Ctx() context: Context,
  ): Promise<RevenueProjection[]> {
    const lines = (await projectYearEnd(context.knex, year, asOf)).map((line) => ({ ...line, unit: undefined as never }));
    return keepVisible(context, year, lines);
  }

  @Authorized(SIGNED_IN)
  @Query(() => [TrendPoint], { description: "Per unit and year: total, rank, grade, dimension scores and completion (frozen where finalised)." })
  async trends(
    @Arg("fromYear", () => Int) fromYear: number,
    @Arg("toYear", () => Int) toYear: number,
    @Ctx() context: Context,
  ): Promise<TrendPoint[]> {
    const points = (await trends(context.knex, fromYear, toYear)).map((point) => ({ ...point, unit: undefined as never }));
    const visible = await Promise.all(points.map(async (point) => ({ point, unit: await visibleUnitOf(context, point.year) })));
    return visible.filter(({ point, unit }) => unit === null || unit === point.unitId).map(({ point }) => point);
  }
}

@Resolver(() => UnitResult)
export class UnitResultResolver {
  @FieldResolver(() => Unit, { description: "The unit." })
  async unit(@Root() result: UnitResult, @Ctx() { loaders }: Context): Promise<Unit> {
    return (await loaders.unitById.load(result.unitId))!;
  }

  @FieldResolver(() => String, { description: "How the total was computed, numbers filled in." })
  totalFormula(@Root() result: UnitResult, @Arg("language", () => Language, languageArg) language: Language): string {
    return pick(result.totalFormulaText, language);
  }
}

@Resolver(() => DimensionScore)
export class DimensionScoreResolver {
  @FieldResolver(() => String, { description: "The inputs, committee raters and formula with the numbers filled in, as text." })
  explanation(@Root() score: DimensionScore, @Arg("language", () => Language, languageArg) language: Language): string {
    return pick(score.explanationText, language);
  }

  @FieldResolver(() => String, { description: "The formula with its numbers filled in, e.g. min(120, 100 × 3,456,000.00 / 3,200,000.00) = 108.00." })
  formula(@Root() score: DimensionScore, @Arg("language", () => Language, languageArg) language: Language): string {
    return pick(score.formulaText, language);
  }
}

@Resolver(() => ExplanationPart)
export class ExplanationPartResolver {
  @FieldResolver(() => String, { description: "What the number is." })
  label(@Root() part: ExplanationPart, @Arg("language", () => Language, languageArg) language: Language): string {
    return pick(part.label, language);
  }
}

/** The unit relation of the per-unit reports, through the per-request loader. */
function unitOf(unitId: number, { loaders }: Context): Promise<Unit> {
  return loaders.unitById.load(unitId) as Promise<Unit>;
}

@Resolver(() => PayrollLine)
export class PayrollLineResolver {
  @FieldResolver(() => Unit, { description: "The unit." })
  unit(@Root() line: PayrollLine, @Ctx() context: Context): Promise<Unit> {
    return unitOf(line.unitId, context);
  }
}

@Resolver(() => RevenueProjection)
export class RevenueProjectionResolver {
  @FieldResolver(() => Unit, { description: "The unit." })
  unit(@Root() line: RevenueProjection, @Ctx() context: Context): Promise<Unit> {
    return unitOf(line.unitId, context);
  }
}

@Resolver(() => TrendPoint)
export class TrendPointResolver {
  @FieldResolver(() => Unit, { description: "The unit." })
  unit(@Root() point: TrendPoint, @Ctx() context: Context): Promise<Unit> {
    return unitOf(point.unitId, context);
  }
}
