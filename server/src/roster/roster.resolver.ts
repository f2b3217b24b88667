import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from "type-graphql";
import { Role } from "../auth/role.ts";
import type { Context } from "../app/context.ts";
import { Contract } from "../contracts/contract.type.ts";
import { unitOfYear } from "../units/unit-of-year.ts";
import { Unit } from "../units/unit.type.ts";
import { yearArg } from "../years/year.ts";
import { rosterCountsOf, saveStaff, saveVehicles, staffOf, vehiclesOf } from "./roster.service.ts";
import { StaffMember, StaffMemberInput, Vehicle, VehicleInput } from "./roster.type.ts";

/** Who keeps the organisation: administrators and the performance committee. */
const KEEPS_UNITS = [Role.ADMIN, Role.COMMITTEE];

@Resolver(() => Unit)
export class UnitRosterResolver {
  @FieldResolver(() => [StaffMember], { description: "定员 — the unit's roster of a year, head first (a station head: their own until finalised)." })
  staff(@Root() unit: Unit, @Arg("year", () => Int, yearArg()) year: number, @Ctx() context: Context): Promise<StaffMember[]> {
    return staffOf(context, Number(unit.id), year);
  }

  @FieldResolver(() => [Vehicle], { description: "车辆 — the unit's vehicles of a year." })
  vehicles(@Root() unit: Unit, @Arg("year", () => Int, yearArg()) year: number, @Ctx() context: Context): Promise<Vehicle[]> {
    return vehiclesOf(context, Number(unit.id), year);
  }

  @Authorized(KEEPS_UNITS)
  @Mutation(() => Unit, {
    description: "Replaces a unit's roster (定员) of a year with the rows given: all or none. Refused once the year is finalised.",
  })
  async setUnitStaff(
    @Arg("unitCode", () => String) unitCode: string,
    @Arg("year", () => Int, yearArg()) year: number,
    // The service validates every row itself, naming each bad one.
    @Arg("staff", () => [StaffMemberInput], { validateFn: () => {} }) staff: StaffMemberInput[],
    @Ctx() context: Context,
  ): Promise<Unit> {
    return unitOfYear(context, await saveStaff(context.knex, unitCode, year, staff), year);
  }

  @Authorized(KEEPS_UNITS)
  @Mutation(() => Unit, { description: "Replaces a unit's vehicles of a year with the rows given: all or none. Refused once the year is finalised." })
  async setUnitVehicles(
    @Arg("unitCode", () => String) unitCode: string,
    @Arg("year", () => Int, yearArg()) year: number,
    @Arg("vehicles", () => [VehicleInput], { validateFn: () => {} }) vehicles: VehicleInput[],
    @Ctx() context: Context,
  ): Promise<Unit> {
    return unitOfYear(context, await saveVehicles(context.knex, unitCode, year, vehicles), year);
  }
}

@Resolver(() => Contract)
export class ContractRosterResolver {
  @FieldResolver(() => Int, { description: "People on the unit's roster on the year's reference day (its last day, or today while it runs)." })
  async staffOnRoster(@Root() contract: Contract, @Ctx() context: Context): Promise<number> {
    return (await rosterCountsOf(context, contract.unitId, contract.year)).staff;
  }

  @FieldResolver(() => Int, { description: "Vehicles assigned to the unit on the year's reference day." })
  async vehiclesOnRoster(@Root() contract: Contract, @Ctx() context: Context): Promise<number> {
    return (await rosterCountsOf(context, contract.unitId, contract.year)).vehicles;
  }
}
