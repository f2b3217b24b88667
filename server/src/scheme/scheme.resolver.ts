import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from "type-graphql";
import { Role, SIGNED_IN } from "../auth/role.ts";
import type { Context } from "../app/context.ts";
import { Dimension, Grade } from "../common/enums.ts";
import { yearArg } from "../years/year.ts";
import { schemeForYear, setScheme, type YearScheme } from "./scheme.service.ts";
import { Scheme, SchemeInput } from "./scheme.type.ts";

export function toSchemeType({ year, isDefault, parameters }: YearScheme): Scheme {
  return {
    year,
    isDefault,
    weights: Object.values(Dimension).map((dimension) => ({ dimension, weight: parameters.weights[dimension] })),
    revenueCap: parameters.revenueCap,
    costCap: parameters.costCap,
    savingBonusPerPct: parameters.savingBonusPerPct,
    overspendPenaltyPerPct: parameters.overspendPenaltyPerPct,
    complaintPenalty: parameters.complaintPenalty,
    repeatComplaintPenalty: parameters.repeatComplaintPenalty,
    refusedDispatchPenalty: parameters.refusedDispatchPenalty,
    satisfactionObjectiveShare: parameters.satisfactionObjectiveShare,
    cooperationObjectiveShare: parameters.cooperationObjectiveShare,
    trimThreshold: parameters.trimThreshold,
    minRaters: parameters.minRaters,
    revenueCollectionShare: parameters.revenueCollectionShare,
    gradeThresholds: ([Grade.EXCELLENT, Grade.GOOD, Grade.PASS] as const).map((grade) => ({
      grade,
      minTotal: parameters.gradeThresholds[grade],
    })),
  };
}

@Resolver(() => Scheme)
export class SchemeResolver {
  @Authorized(SIGNED_IN)
  @Query(() => Scheme, { description: "The year's scheme (the defaults of ASSESSMENT.md when none is set)." })
  async scheme(@Arg("year", () => Int, yearArg()) year: number, @Ctx() { knex }: Context): Promise<Scheme> {
    return toSchemeType(await schemeForYear(knex, year));
  }

  @Authorized(Role.COMMITTEE, Role.ADMIN)
  @Mutation(() => Scheme, { description: "Changes the year's scheme; parameters left out keep their value." })
  async setScheme(
    @Arg("year", () => Int, yearArg()) year: number,
    @Arg("input", () => SchemeInput) input: SchemeInput,
    @Ctx() { knex }: Context,
  ): Promise<Scheme> {
    return toSchemeType(await setScheme(knex, year, input));
  }
}
