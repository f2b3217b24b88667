import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Role, SIGNED_IN } from "../auth/role.ts";
import type { Context } from "../app/context.ts";
import { unitOfYear } from "../units/unit-of-year.ts";
import { Unit } from "../units/unit.type.ts";
import { yearArg } from "../years/year.ts";
import { fileRule, listRules } from "./rule.service.ts";
import { ImplementationRule, ImplementationRuleInput } from "./rule.type.ts";

@Resolver(() => ImplementationRule)
export class ImplementationRuleResolver {
  @Authorized(SIGNED_IN)
  @Query(() => [ImplementationRule], { description: "The implementation rules filed for a year, optionally by one unit." })
  async implementationRules(
    @Arg("year", () => Int, yearArg()) year: number,
    @Arg("unitCode", () => String, { nullable: true }) unitCode: string | undefined,
    @Ctx() { knex, scope }: Context,
  ): Promise<ImplementationRule[]> {
    return listRules(knex, scope, year, unitCode);
  }

  @Authorized(Role.CLERK, Role.ADMIN)
  @Mutation(() => ImplementationRule, { description: "Files a unit's implementation rules for a year." })
  async fileImplementationRule(
    @Arg("input", () => ImplementationRuleInput) input: ImplementationRuleInput,
    @Ctx() { knex }: Context,
  ): Promise<ImplementationRule> {
    return fileRule(knex, input);
  }

  @FieldResolver(() => Unit, { description: "The unit that filed the rules, with its name in that year." })
  unit(@Root() rule: ImplementationRule, @Ctx() context: Context): Promise<Unit> {
    return unitOfYear(context, rule.unitId, rule.year);
  }
}
