import { Decimal } from "decimal.js";
import { Arg, Authorized, Ctx, FieldResolver, Float, Int, Query, Resolver, Root } from "type-graphql";
import { SIGNED_IN } from "../auth/role.ts";
import { keepVisible } from "../auth/visibility.ts";
import type { Context } from "../common/context.ts";
import { InvalidInputError } from "../common/errors.ts";
import { Contract } from "../contracts/contract.type.ts";
import { Unit } from "../units/unit.type.ts";
import { aggregateYearTotals, listKnownYears, type UnitYearTotals as Totals } from "./year-totals.repository.ts";
import { UnitYearTotals } from "./year-totals.type.ts";
import { aggregateMonthlyTotals } from "./monthly-totals.repository.ts";
import { UnitMonthTotals } from "./monthly-totals.type.ts";
import { checkYear } from "../assessment/period.ts";
import { requireUnit } from "../units/unit.service.ts";

function toType(year: number, t: Totals): UnitYearTotals {
  return {
    unitId: t.unitId,
    unit: undefined as never,
    contract: undefined as never,
    year,
    viewingFee: t.revenue.viewingFee,
    inspectionFee: t.revenue.inspectionFee,
    arrears: t.revenue.arrears,
    revenueActual: t.revenue.total,
    completionRate: null,
    repairCost: t.costs.repairCost,
    repairCostBeforeWindow: t.costs.repairCostBeforeWindow,
    warrantyExchangeAmount: t.costs.warrantyExchange,
    otherCost: t.costs.otherCost,
    callbacksSatisfied: t.callbacks.satisfied,
    callbacksBasicallySatisfied: t.callbacks.basicallySatisfied,
    callbacksDissatisfied: t.callbacks.dissatisfied,
    complaints: t.complaints.plain,
    repeatComplaints: t.complaints.repeat,
    dispatchesOnTime: t.dispatches.onTime,
    dispatchesLate: t.dispatches.late,
    dispatchesRefused: t.dispatches.refused,
    satisfactionScoreCount: t.committeeScoreCounts.satisfaction,
    cooperationScoreCount: t.committeeScoreCounts.cooperation,
  };
}

@Resolver(() => UnitYearTotals)
export class YearTotalsResolver {
  @Authorized(SIGNED_IN)
  @Query(() => [UnitYearTotals], {
    description: "Per-unit totals of a year for every unit with a contract or records that year, summed by the database.",
  })
  async yearTotals(@Arg("year", () => Int) year: number, @Ctx() context: Context): Promise<UnitYearTotals[]> {
    const { knex } = context;
    if (!Number.isInteger(year) || year < 2000 || year > 2100) {
      throw new InvalidInputError([{ field: "year", reason: `must be a year from 2000 to 2100 (got ${year})` }], "year");
    }
    return keepVisible(
      context,
      year,
      (await aggregateYearTotals(knex, { year })).map((t) => toType(year, t)),
    );
  }

  @Authorized(SIGNED_IN)
  @Query(() => [Int], { description: "Years that have contracts, a scheme or committee scores, newest first." })
  async years(@Ctx() { knex }: Context): Promise<number[]> {
    return listKnownYears(knex);
  }

  @FieldResolver(() => Unit, { description: "The unit." })
  async unit(@Root() totals: UnitYearTotals, @Ctx() { loaders }: Context): Promise<Unit> {
    return (await loaders.unitById.load(totals.unitId))!;
  }

  @FieldResolver(() => Contract, { nullable: true })
  async contract(@Root() totals: UnitYearTotals, @Ctx() { loaders }: Context): Promise<Contract | null> {
    return loaders.contractByUnitYear.load({ unitId: totals.unitId, year: totals.year });
  }

  @FieldResolver(() => Float, { nullable: true })
  async completionRate(@Root() totals: UnitYearTotals, @Ctx() { loaders }: Context): Promise<number | null> {
    const contract = await loaders.contractByUnitYear.load({ unitId: totals.unitId, year: totals.year });
    if (!contract) return null;
    return new Decimal(totals.revenueActual).div(contract.revenueTarget).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toNumber();
  }
}

@Resolver(() => UnitMonthTotals)
export class MonthlyTotalsResolver {
  @Authorized(SIGNED_IN)
  @Query(() => [UnitMonthTotals], {
    description: "Per unit and month of a year (optionally one unit): revenue by category, counted costs, callbacks, complaints, dispatches.",
  })
  async monthlyTotals(
    @Arg("year", () => Int) year: number,
    @Arg("unitCode", () => String, { nullable: true }) unitCode: string | null,
    @Ctx() context: Context,
  ): Promise<UnitMonthTotals[]> {
    checkYear(year);
    const unitId = unitCode ? Number((await requireUnit(context.knex, unitCode)).id) : undefined;
    const rows = (await aggregateMonthlyTotals(context.knex, year, unitId)).map((row) => ({ ...row, unit: undefined as never }));
    return keepVisible(context, year, rows);
  }

  @FieldResolver(() => Unit, { description: "The unit." })
  async unit(@Root() row: UnitMonthTotals, @Ctx() { loaders }: Context): Promise<Unit> {
    return (await loaders.unitById.load(row.unitId))!;
  }
}
