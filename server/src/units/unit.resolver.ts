import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { visibleUnitOf } from "../auth/visibility.ts";
import { Role, SIGNED_IN } from "../auth/role.ts";
import type { Context } from "../common/context.ts";
import { Contract } from "../contracts/contract.type.ts";
import { findUnitsByCodes, listUnits } from "./unit.repository.ts";
import { saveUnit } from "./unit.service.ts";
import { UnitInput } from "./unit.input.ts";
import { Unit } from "./unit.type.ts";

@Resolver(() => Unit)
export class UnitResolver {
  @Authorized(SIGNED_IN)
  @Query(() => [Unit], { description: "The assessed units, in the order they were created." })
  async units(
    @Arg("includeRetired", () => Boolean, { nullable: true, defaultValue: false, description: "Also list retired units." })
    includeRetired: boolean | null,
    @Ctx() { knex }: Context,
  ): Promise<Unit[]> {
    return listUnits(knex, includeRetired ?? false);
  }

  @Authorized(SIGNED_IN)
  @Query(() => Unit, { nullable: true, description: "One unit by its code (retired ones too); null when unknown." })
  async unit(@Arg("code", () => String) code: string, @Ctx() { knex }: Context): Promise<Unit | null> {
    const [unit] = await findUnitsByCodes(knex, [code]);
    return unit ?? null;
  }

  @FieldResolver(() => Contract, { nullable: true, description: "The unit's target-responsibility contract of a year." })
  async contract(@Root() unit: Unit, @Arg("year", () => Int) year: number, @Ctx() context: Context): Promise<Contract | null> {
    const visible = await visibleUnitOf(context, year);
    if (visible !== null && visible !== Number(unit.id)) return null;
    return context.loaders.contractByUnitYear.load({ unitId: Number(unit.id), year });
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => Unit, { description: "Creates a unit, or updates the one with the same code." })
  async upsertUnit(@Arg("input", () => UnitInput) input: UnitInput, @Ctx() { knex }: Context): Promise<Unit> {
    return saveUnit(knex, input);
  }
}
