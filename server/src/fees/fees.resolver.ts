import type { Decimal } from "decimal.js";
import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../app/context.ts";
import { Role, SIGNED_IN } from "../auth/role.ts";
import { MoneyScalar } from "../common/scalars.ts";
import { RecordResult } from "../ledger/ledger.types.ts";
import { unitOfYear } from "../units/unit-of-year.ts";
import { Unit } from "../units/unit.type.ts";
import { yearArg } from "../years/year.ts";
import { HouseholdsInput } from "./fees.input.ts";
import {
  collectionFigures,
  collectionFiguresByUnit,
  collectionSeries,
  recordHouseholds,
  setOpeningArrears,
  setTariff,
  tariffOfYear,
} from "./fees.service.ts";
import { CollectionFigures, CollectionSeries, Tariff } from "./fees.type.ts";

@Resolver(() => Tariff)
export class TariffResolver {
  @Authorized(SIGNED_IN)
  @Query(() => Tariff, { description: "收费标准 — the year's monthly fee per household class (0.00 and isSet false until set)." })
  async tariff(@Arg("year", () => Int, yearArg()) year: number, @Ctx() { knex }: Context): Promise<Tariff> {
    return tariffOfYear(knex, year);
  }

  @Authorized(Role.COMMITTEE, Role.ADMIN)
  @Mutation(() => Tariff, { description: "Sets the year's tariff (yuan per household per month, 0 or more); refused once the year is finalised." })
  async setTariff(
    @Arg("year", () => Int, yearArg()) year: number,
    @Arg("residential", () => MoneyScalar, { description: "普通用户 monthly fee." }) residential: Decimal,
    @Arg("upgraded", () => MoneyScalar, { description: "网改用户 monthly fee." }) upgraded: Decimal,
    @Arg("collective", () => MoneyScalar, { description: "集体户 monthly fee." }) collective: Decimal,
    @Ctx() { knex }: Context,
  ): Promise<Tariff> {
    return setTariff(knex, year, { residential, upgraded, collective });
  }

  @Authorized(Role.CLERK, Role.ADMIN)
  @Mutation(() => RecordResult, {
    description:
      "户数 — stores a batch of register entries (unit, month, households per class): all or nothing; one invalid entry rejects the batch " +
      "with an error naming each bad entry's index, row, field and reason. An entry replaces the unit-month's stored counts; " +
      'entries equal to what is stored come back as duplicates ("north/2025-03").',
  })
  async recordHouseholds(
    // The service validates the whole batch itself (field rules and batch rules in one report).
    @Arg("entries", () => [HouseholdsInput], { validateFn: () => {} }) entries: HouseholdsInput[],
    @Ctx() { knex }: Context,
  ): Promise<RecordResult> {
    return recordHouseholds(knex, entries);
  }
}

@Resolver(() => CollectionFigures)
export class CollectionFiguresResolver {
  @Authorized(SIGNED_IN)
  @Query(() => CollectionFigures, {
    description:
      "收缴率 — receivable, collected, collection rate and arrears (§9) of a unit, or without unitCode of the department (the units the " +
      "viewer may read), over a month, a quarter or (neither given) the year. A station head: their own unit until the year is finalised.",
  })
  async collection(
    @Arg("year", () => Int, yearArg()) year: number,
    @Arg("unitCode", () => String, { nullable: true, description: "The unit (none: the department)." }) unitCode: string | undefined,
    @Arg("month", () => Int, { nullable: true, description: "A month, 1–12." }) month: number | undefined,
    @Arg("quarter", () => Int, { nullable: true, description: "A quarter, 1–4 (not with month)." }) quarter: number | undefined,
    @Ctx() { knex, scope }: Context,
  ): Promise<CollectionFigures> {
    return collectionFigures(knex, scope, year, unitCode, month, quarter);
  }

  @Authorized(SIGNED_IN)
  @Query(() => [CollectionFigures], {
    description:
      "收缴率 per unit — the figures of collection() for every unit the viewer may read (a station head: their own until the year is " +
      "finalised), over a month, a quarter or the year, in one statement: the rows of the collection table.",
  })
  async collectionByUnit(
    @Arg("year", () => Int, yearArg()) year: number,
    @Arg("month", () => Int, { nullable: true, description: "A month, 1–12." }) month: number | undefined,
    @Arg("quarter", () => Int, { nullable: true, description: "A quarter, 1–4 (not with month)." }) quarter: number | undefined,
    @Ctx() { knex, scope }: Context,
  ): Promise<CollectionFigures[]> {
    return collectionFiguresByUnit(knex, scope, year, month, quarter);
  }

  @Authorized(Role.CLERK, Role.ADMIN)
  @Mutation(() => CollectionFigures, {
    description:
      "老欠费 — enters a unit's opening arrears for a year (yuan, 0 or more), which replaces the sum of its arrears register in " +
      "openingArrears and the recovery rate; refused once the year is finalised. Answers the unit's figures for the year.",
  })
  async setOpeningArrears(
    @Arg("year", () => Int, yearArg()) year: number,
    @Arg("unitCode", () => String, { description: "The unit." }) unitCode: string,
    @Arg("amount", () => MoneyScalar, { description: "The opening arrears on 1 January, yuan." }) amount: Decimal,
    @Ctx() { knex, scope }: Context,
  ): Promise<CollectionFigures> {
    return setOpeningArrears(knex, scope, year, unitCode, amount);
  }

  @FieldResolver(() => Unit, { nullable: true, description: "The unit, with its name in the year; null for the department." })
  unit(@Root() figures: CollectionFigures, @Ctx() context: Context): Promise<Unit> | null {
    return figures.unitId === null ? null : unitOfYear(context, figures.unitId, figures.year);
  }
}

@Resolver(() => CollectionSeries)
export class CollectionSeriesResolver {
  @Authorized(SIGNED_IN)
  @Query(() => [CollectionSeries], {
    description:
      "收缴率 month by month, for the rate-by-month chart: one series per unit the viewer may read and the department's (unit null), " +
      "or only the named unit's. Months without a register entry have no rate.",
  })
  async collectionByMonth(
    @Arg("year", () => Int, yearArg()) year: number,
    @Arg("unitCode", () => String, { nullable: true, description: "Only this unit." }) unitCode: string | undefined,
    @Ctx() { knex, scope }: Context,
  ): Promise<CollectionSeries[]> {
    return collectionSeries(knex, scope, year, unitCode);
  }

  @FieldResolver(() => Unit, { nullable: true, description: "The unit, with its name in the year; null for the department." })
  unit(@Root() series: CollectionSeries, @Ctx() context: Context): Promise<Unit> | null {
    return series.unitId === null ? null : unitOfYear(context, series.unitId, series.year);
  }
}
