import { Arg, Authorized, Ctx, FieldResolver, Float, Info, Int, Query, Resolver, Root } from "type-graphql";
import type { GraphQLResolveInfo } from "graphql";
import { SIGNED_IN } from "../auth/role.ts";
import type { Context } from "../app/context.ts";
import { Contract } from "../contracts/contract.type.ts";
import { contractOf } from "../contracts/contract.service.ts";
import { yearArg } from "../years/year.ts";
import { UnitMonthTotals } from "./monthly-totals.type.ts";
import { knownYears, monthlyTotals, yearTotals } from "./totals.service.ts";
import { UnitYearTotals } from "./year-totals.type.ts";
import { completionRate as completionRateOf } from "../assessment/scoring/index.ts";

@Resolver(() => UnitYearTotals)
export class YearTotalsResolver {
  @Authorized(SIGNED_IN)
  @Query(() => [UnitYearTotals], {
    description: "Per-unit totals of a year for every unit with a contract or records that year (that the viewer may read), summed by the database.",
  })
  async yearTotals(
    @Arg("year", () => Int, yearArg()) year: number,
    @Ctx() context: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<UnitYearTotals[]> {
    // `unit` is attached to the rows when selected (no resolver per row).
    return yearTotals(context, year, info);
  }

  @Authorized(SIGNED_IN)
  @Query(() => [Int], { description: "Years that have contracts, a scheme or committee scores, newest first." })
  async years(@Ctx() { knex }: Context): Promise<number[]> {
    return knownYears(knex);
  }

  @FieldResolver(() => Contract, { nullable: true, description: "The unit's contract for the year, if any." })
  contract(@Root() totals: UnitYearTotals, @Ctx() context: Context): Promise<Contract | null> {
    return contractOf(context, totals.unitId, totals.year);
  }

  @FieldResolver(() => Float, { nullable: true, description: "revenueActual / revenueTarget in percent, 2 decimals; null without a contract." })
  async completionRate(@Root() totals: UnitYearTotals, @Ctx() context: Context): Promise<number | null> {
    const contract = await contractOf(context, totals.unitId, totals.year);
    return contract ? Number(completionRateOf(totals.revenueActual, contract.revenueTarget)) : null;
  }
}

@Resolver(() => UnitMonthTotals)
export class MonthlyTotalsResolver {
  @Authorized(SIGNED_IN)
  @Query(() => [UnitMonthTotals], {
    description:
      "Per unit and month of a year (optionally one unit): revenue by category, counted costs, callbacks, complaints, dispatches. " +
      "Only the ledgers whose fields are selected are summed.",
  })
  async monthlyTotals(
    @Arg("year", () => Int, yearArg()) year: number,
    @Arg("unitCode", () => String, { nullable: true }) unitCode: string | null,
    @Ctx() context: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<UnitMonthTotals[]> {
    // `unit` is attached to the rows when selected (no resolver per row).
    return monthlyTotals(context, year, unitCode, info);
  }
}
