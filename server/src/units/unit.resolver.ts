import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Role, SIGNED_IN } from "../auth/role.ts";
import type { Context } from "../app/context.ts";
import { DateScalar } from "../common/scalars.ts";
import { Contract } from "../contracts/contract.type.ts";
import { contractOf } from "../contracts/contract.service.ts";
import { yearArg } from "../years/year.ts";
import { currentUnits, findUnit, renameUnit, retireUnit, saveUnit } from "./unit.service.ts";
import { UnitInput } from "./unit.input.ts";
import { Unit, UnitName } from "./unit.type.ts";

/** Who keeps the organisation: administrators and the performance committee. */
const KEEPS_UNITS = [Role.ADMIN, Role.COMMITTEE];

@Resolver(() => Unit)
export class UnitResolver {
  @Authorized(SIGNED_IN)
  @Query(() => [Unit], { description: "The assessed units with their current names, in the order they were created." })
  async units(
    @Arg("includeRetired", () => Boolean, { nullable: true, defaultValue: false, description: "Also list retired units." })
    includeRetired: boolean | null,
    @Ctx() { knex }: Context,
  ): Promise<Unit[]> {
    return currentUnits(knex, includeRetired ?? false);
  }

  @Authorized(SIGNED_IN)
  @Query(() => Unit, { nullable: true, description: "One unit by its code (retired ones too); null when unknown." })
  async unit(@Arg("code", () => String) code: string, @Ctx() { knex }: Context): Promise<Unit | null> {
    return findUnit(knex, code);
  }

  @FieldResolver(() => Contract, {
    nullable: true,
    description: "The unit's target-responsibility contract of a year (null when none, or not visible to the viewer).",
  })
  async contract(@Root() unit: Unit, @Arg("year", () => Int, yearArg()) year: number, @Ctx() context: Context): Promise<Contract | null> {
    return contractOf(context, Number(unit.id), year);
  }

  @FieldResolver(() => String, { description: "The name the unit had in a year (as of its last day, or today while it runs)." })
  async nameInYear(@Root() unit: Unit, @Arg("year", () => Int, yearArg()) year: number, @Ctx() { loaders }: Context): Promise<string> {
    return (await loaders.unitInYear.load({ unitId: Number(unit.id), year }))?.name ?? unit.name;
  }

  @FieldResolver(() => String, { nullable: true, description: "The English name the unit had in a year (null when it had none)." })
  async nameEnInYear(@Root() unit: Unit, @Arg("year", () => Int, yearArg()) year: number, @Ctx() { loaders }: Context): Promise<string | null> {
    return (await loaders.unitInYear.load({ unitId: Number(unit.id), year }))?.nameEn ?? unit.nameEn;
  }

  @FieldResolver(() => [UnitName], { description: "Every name the unit has had, oldest first, with the day each took effect." })
  async names(@Root() unit: Unit, @Ctx() { loaders }: Context): Promise<UnitName[]> {
    return loaders.unitNames.load(Number(unit.id));
  }

  @Authorized(KEEPS_UNITS)
  @Mutation(() => Unit, { description: "Creates a unit, or updates the one with the same code (a new name is a rename from today)." })
  async upsertUnit(@Arg("input", () => UnitInput) input: UnitInput, @Ctx() { knex }: Context): Promise<Unit> {
    return saveUnit(knex, input);
  }

  @Authorized(KEEPS_UNITS)
  @Mutation(() => Unit, {
    description:
      "Renames a unit from a day on; every figure of earlier years keeps the old name. Refused (YEAR_FINALIZED) when the day lies in a finalised year.",
  })
  async renameUnit(
    @Arg("code", () => String) code: string,
    @Arg("name", () => String) name: string,
    @Arg("from", () => DateScalar) from: string,
    @Arg("nameEn", () => String, { nullable: true, description: "The English name from that day (unchanged when left out)." }) nameEn:
      | string
      | null
      | undefined,
    @Ctx() { knex }: Context,
  ): Promise<Unit> {
    return renameUnit(knex, code, name, from, nameEn);
  }

  @Authorized(KEEPS_UNITS)
  @Mutation(() => Unit, { description: "Retires a unit from a day: it keeps its history and names, and is left out of years that start later." })
  async retireUnit(@Arg("code", () => String) code: string, @Arg("from", () => DateScalar) from: string, @Ctx() { knex }: Context): Promise<Unit> {
    return retireUnit(knex, code, from);
  }
}
