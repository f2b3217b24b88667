import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../app/context.ts";
import { Role, SIGNED_IN } from "../auth/role.ts";
import { RecordResult } from "../ledger/ledger.types.ts";
import { unitOfYear } from "../units/unit-of-year.ts";
import { Unit } from "../units/unit.type.ts";
import { yearArg } from "../years/year.ts";
import { AgingBucket, ArrearsStatus } from "./arrears.enums.ts";
import { ArrearsHouseholdInput, ArrearsStatusInput, DunningInput } from "./arrears.input.ts";
import {
  arrearsAging,
  dunningByMonth,
  listDunning,
  listHouseholds,
  presentHousehold,
  recordArrearsHouseholds,
  recordDunning,
  setArrearsStatus,
  toDunningAction,
} from "./arrears.service.ts";
import { ArrearsAging, ArrearsHousehold, DunningAction, DunningMonth } from "./arrears.type.ts";

const PERSONAL =
  "Name, contact and address are masked (张**, 138****5678) for every role except the unit's own head, the clerk and administrators; " +
  "a station head lists only their own unit's households.";

@Resolver(() => ArrearsHousehold)
export class ArrearsHouseholdResolver {
  @Authorized(SIGNED_IN)
  @Query(() => [ArrearsHousehold], { description: `欠费户 — the year's arrears register, by unit and 户号. ${PERSONAL}` })
  async arrearsHouseholds(
    @Arg("year", () => Int, yearArg()) year: number,
    @Arg("unitCode", () => String, { nullable: true, description: "Only this unit." }) unitCode: string | undefined,
    @Arg("status", () => ArrearsStatus, { nullable: true, description: "Only this status." }) status: ArrearsStatus | undefined,
    @Arg("aging", () => AgingBucket, { nullable: true, description: "Only this aging bucket." }) aging: AgingBucket | undefined,
    @Ctx() { knex, scope }: Context,
  ): Promise<ArrearsHousehold[]> {
    return listHouseholds(knex, scope, { year, unitCode, status, aging });
  }

  @Authorized(Role.CLERK, Role.ADMIN)
  @Mutation(() => RecordResult, {
    description:
      "欠费户 — stores a batch of arrears households: all or nothing, every bad entry named by index, row, field and reason. " +
      "A household already registered (unit, year, 户号) is replaced, its status and dunning log kept; " +
      'an entry equal to what is stored comes back as a duplicate ("north/2025/BJ-0001").',
  })
  async recordArrearsHouseholds(
    @Arg("entries", () => [ArrearsHouseholdInput], { validateFn: () => {} }) entries: ArrearsHouseholdInput[],
    @Ctx() { knex }: Context,
  ): Promise<RecordResult> {
    return recordArrearsHouseholds(knex, entries);
  }

  @Authorized(Role.CLERK, Role.ADMIN)
  @Mutation(() => ArrearsHousehold, {
    description:
      "Changes an arrears household's status; UNCOLLECTABLE (无法收回) needs a reason. Audited with before and after; refused in a finalised year.",
  })
  async setArrearsStatus(
    @Arg("input", () => ArrearsStatusInput, { validateFn: () => {} }) input: ArrearsStatusInput,
    @Ctx() { knex, scope, actor }: Context,
  ): Promise<ArrearsHousehold> {
    return setArrearsStatus(knex, scope, input, actor);
  }

  @FieldResolver(() => Unit, { description: "The unit, with its name in the register's year." })
  unit(@Root() household: ArrearsHousehold, @Ctx() context: Context): Promise<Unit> {
    return unitOfYear(context, household.unitId, household.year);
  }

  @FieldResolver(() => [DunningAction], { description: "催缴记录 — its dunning log, in date order." })
  async dunning(@Root() household: ArrearsHousehold, @Ctx() { loaders }: Context): Promise<DunningAction[]> {
    return (await loaders.dunningOfHousehold.load(household.id)).map(toDunningAction);
  }
}

@Resolver(() => DunningAction)
export class DunningActionResolver {
  @Authorized(SIGNED_IN)
  @Query(() => [DunningAction], { description: `催缴记录 — the year's dunning log in date order, of a unit or one household (户号). ${PERSONAL}` })
  async dunningLog(
    @Arg("year", () => Int, yearArg()) year: number,
    @Arg("unitCode", () => String, { nullable: true, description: "Only this unit." }) unitCode: string | undefined,
    @Arg("reference", () => String, { nullable: true, description: "Only this household (户号)." }) reference: string | undefined,
    @Ctx() { knex, scope }: Context,
  ): Promise<DunningAction[]> {
    return listDunning(knex, scope, year, unitCode, reference);
  }

  @Authorized(Role.CLERK, Role.ADMIN, Role.STATION_HEAD)
  @Mutation(() => RecordResult, {
    description:
      "催缴记录 — stores a batch of dunning actions: all or nothing; a station head for their own unit only. An action equal to a stored one " +
      "(household, day, method, amount) is a duplicate. An OPEN household whose payments reach what it owes becomes PAID.",
  })
  async recordDunning(
    @Arg("entries", () => [DunningInput], { validateFn: () => {} }) entries: DunningInput[],
    @Ctx() { knex, scope, actor }: Context,
  ): Promise<RecordResult> {
    return recordDunning(knex, scope, entries, actor);
  }

  @FieldResolver(() => ArrearsHousehold, { description: "The household, its personal data masked as for the list." })
  async household(@Root() action: DunningAction, @Ctx() { loaders, viewer }: Context): Promise<ArrearsHousehold> {
    return presentHousehold((await loaders.arrearsHousehold.load(action.householdId))!, viewer);
  }
}

@Resolver(() => ArrearsAging)
export class ArrearsAgingResolver {
  @Authorized(SIGNED_IN)
  @Query(() => [ArrearsAging], { description: "账龄 — households in arrears and their amounts per unit and bucket (< 1, 1–3, > 3 years)." })
  async arrearsAging(
    @Arg("year", () => Int, yearArg()) year: number,
    @Arg("unitCode", () => String, { nullable: true, description: "Only this unit." }) unitCode: string | undefined,
    @Ctx() { knex, scope }: Context,
  ): Promise<ArrearsAging[]> {
    return arrearsAging(knex, scope, year, unitCode);
  }

  @FieldResolver(() => Unit, { description: "The unit, with its name in the year." })
  unit(@Root() row: ArrearsAging, @Ctx() context: Context): Promise<Unit> {
    return unitOfYear(context, row.unitId, row.year);
  }
}

@Resolver(() => DunningMonth)
export class DunningMonthResolver {
  @Authorized(SIGNED_IN)
  @Query(() => [DunningMonth], {
    description: "Per unit and month: how many dunning actions and the amount they brought in (months without any are absent).",
  })
  async dunningByMonth(
    @Arg("year", () => Int, yearArg()) year: number,
    @Arg("unitCode", () => String, { nullable: true, description: "Only this unit." }) unitCode: string | undefined,
    @Ctx() { knex, scope }: Context,
  ): Promise<DunningMonth[]> {
    return dunningByMonth(knex, scope, year, unitCode);
  }

  @FieldResolver(() => Unit, { description: "The unit, with its name in the year." })
  unit(@Root() row: DunningMonth, @Ctx() context: Context): Promise<Unit> {
    return unitOfYear(context, row.unitId, row.year);
  }
}
