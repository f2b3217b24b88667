import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Role, SIGNED_IN } from "../auth/role.ts";
import { keepVisible } from "../auth/visibility.ts";
import type { Context } from "../common/context.ts";
import { Unit } from "../units/unit.type.ts";
import { requireUnit } from "../units/unit.service.ts";
import { fileRule, listRules } from "./rule.service.ts";
import { ImplementationRule, ImplementationRuleInput } from "./rule.type.ts";

@Resolver(() => ImplementationRule)
export class ImplementationRuleResolver {
  @Authorized(SIGNED_IN)
  @Query(() => [ImplementationRule], { description: "The implementation rules filed for a year, optionally by one unit." })
  async implementationRules(
    @Arg("year", () => Int) year: number,
    @Arg("unitCode", () => String, { nullable: true }) unitCode: string | undefined,
    @Ctx() context: Context,
  ): Promise<ImplementationRule[]> {
    const unitId = unitCode ? Number((await requireUnit(context.knex, unitCode)).id) : undefined;
    return keepVisible(context, year, await listRules(context.knex, year, unitId));
  }

  @Authorized(Role.CLERK, Role.ADMIN)
  @Mutation(() => ImplementationRule, { description: "Files a unit's implementation rules for a year." })
  async fileImplementationRule(
    @Arg("input", () => ImplementationRuleInput) input: ImplementationRuleInput,
    @Ctx() { knex }: Context,
  ): Promise<ImplementationRule> {
    return fileRule(knex, input);
  }

  @FieldResolver(() => Unit)
  async unit(@Root() rule: ImplementationRule, @Ctx() { loaders }: Context): Promise<Unit> {
    return (await loaders.unitById.load(rule.unitId))!;
  }
}
