import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { READ_ALL, Role, SIGNED_IN } from "../auth/role.ts";
import { keepVisible } from "../auth/visibility.ts";
import type { Context } from "../common/context.ts";
import { Unit } from "../units/unit.type.ts";
import { ContractInput } from "./contract.input.ts";
import { contractTotals, listContracts } from "./contract.repository.ts";
import { saveContract } from "./contract.service.ts";
import { Contract, ContractTotals } from "./contract.type.ts";

@Resolver(() => Contract)
export class ContractResolver {
  @Authorized(SIGNED_IN)
  @Query(() => [Contract], { description: "The contracts of a year, one per unit that has one." })
  async contracts(@Arg("year", () => Int) year: number, @Ctx() context: Context): Promise<Contract[]> {
    return keepVisible(context, year, await listContracts(context.knex, year));
  }

  @Authorized(READ_ALL)
  @Query(() => ContractTotals, { description: "合计 — the year's contracts summed across units." })
  async contractTotals(@Arg("year", () => Int) year: number, @Ctx() { knex }: Context): Promise<ContractTotals> {
    return contractTotals(knex, year);
  }

  @FieldResolver(() => Unit)
  async unit(@Root() contract: Contract, @Ctx() { loaders }: Context): Promise<Unit> {
    return (await loaders.unitById.load(contract.unitId))!;
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
