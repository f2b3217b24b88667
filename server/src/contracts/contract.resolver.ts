import type { GraphQLResolveInfo } from "graphql";
import { Arg, Authorized, Ctx, FieldResolver, Info, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Role, SIGNED_IN } from "../auth/role.ts";
import type { Context } from "../app/context.ts";
import { unitOfYear, unitOfYearKnowing } from "../units/unit-of-year.ts";
import { Unit } from "../units/unit.type.ts";
import { yearArg } from "../years/year.ts";
import { ContractInput } from "./contract.input.ts";
import { contractsOfYear, saveContract, totalsOfYear } from "./contract.service.ts";
import { Contract, ContractTotals } from "./contract.type.ts";

@Resolver(() => Contract)
export class ContractResolver {
  @Authorized(SIGNED_IN)
  @Query(() => [Contract], {
    description: "The contracts of a year, one per unit that has one (a station head: their own until the year is finalised).",
  })
  async contracts(@Arg("year", () => Int, yearArg()) year: number, @Ctx() { knex, scope }: Context): Promise<Contract[]> {
    return contractsOfYear(knex, scope, year);
  }

  @Authorized(SIGNED_IN)
  @Query(() => ContractTotals, { description: "合计 — the year's contracts summed across the units the viewer may read." })
  async contractTotals(@Arg("year", () => Int, yearArg()) year: number, @Ctx() { knex, scope }: Context): Promise<ContractTotals> {
    return totalsOfYear(knex, scope, year);
  }

  @FieldResolver(() => Unit, { description: "The unit that signed the contract, with its name in the contract's year." })
  unit(@Root() contract: Contract, @Ctx() context: Context, @Info() info: GraphQLResolveInfo): Unit | Promise<Unit> {
    const { unitId, year, unitCode, unitName } = contract;
    if (unitCode === undefined || unitName === undefined) return unitOfYear(context, unitId, year);
    return unitOfYearKnowing(context, info, { unitId, year, code: unitCode, name: unitName });
  }

  // The committee negotiates the contracts and the clerk types them in: both may set them.
  @Authorized(Role.CLERK, Role.COMMITTEE, Role.ADMIN)
  @Mutation(() => Contract, {
    description: "Sets a unit's contract for a year (replacing the stored one). Clerk, committee or admin; refused once the year is finalised.",
  })
  async setContract(@Arg("input", () => ContractInput) input: ContractInput, @Ctx() { knex }: Context): Promise<Contract> {
    return saveContract(knex, input);
  }
}
