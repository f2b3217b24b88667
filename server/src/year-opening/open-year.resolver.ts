import { Arg, Authorized, Ctx, Float, Int, Mutation, Query, Resolver } from "type-graphql";
import { Role } from "../auth/role.ts";
import type { Context } from "../app/context.ts";
import { ContractInput } from "../contracts/contract.input.ts";
import { Contract } from "../contracts/contract.type.ts";
import { yearArg } from "../years/year.ts";
import { openYear, previewOpenYear } from "./open-year.service.ts";

const OPENS_YEARS = [Role.COMMITTEE, Role.ADMIN];

const changeArg = {
  nullable: true,
  defaultValue: 0,
  description: "Change of every revenue target in percent (5 = +5 %, −90 to 200); the results are rounded half-up to whole yuan.",
};
const contractsArg = {
  nullable: true,
  description: "Contracts edited before confirming: each replaces the copy of its unit (or adds one); year must be the new year.",
};

@Resolver()
export class OpenYearResolver {
  @Authorized(OPENS_YEARS)
  @Query(() => [Contract], { description: "The contracts openYear would store, stored nowhere: the new-year dialog's preview." })
  async openYearPreview(
    @Arg("year", () => Int, yearArg()) year: number,
    @Arg("copyFrom", () => Int, yearArg("copyFrom")) copyFrom: number,
    @Arg("revenueTargetChangePct", () => Float, changeArg) revenueTargetChangePct: number,
    @Arg("contracts", () => [ContractInput], contractsArg) contracts: ContractInput[] | null,
    @Ctx() { knex }: Context,
  ): Promise<Contract[]> {
    return previewOpenYear(knex, { year, copyFrom, revenueTargetChangePct: revenueTargetChangePct ?? 0, contracts });
  }

  @Authorized(OPENS_YEARS)
  @Mutation(() => [Contract], {
    description:
      "Opens a year from an earlier one in one step: every unit not retired by then gets the earlier contract with its revenue target " +
      "scaled, and the year gets the scheme, the committee's membership and the rosters. All or nothing; refused when the year already " +
      "has contracts or is finalised.",
  })
  async openYear(
    @Arg("year", () => Int, yearArg()) year: number,
    @Arg("copyFrom", () => Int, yearArg("copyFrom")) copyFrom: number,
    @Arg("revenueTargetChangePct", () => Float, changeArg) revenueTargetChangePct: number,
    @Arg("contracts", () => [ContractInput], contractsArg) contracts: ContractInput[] | null,
    @Ctx() { knex, actor }: Context,
  ): Promise<Contract[]> {
    return openYear(knex, { year, copyFrom, revenueTargetChangePct: revenueTargetChangePct ?? 0, contracts }, actor);
  }
}
