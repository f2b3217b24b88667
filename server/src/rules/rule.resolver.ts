import { Arg, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../common/context.ts";
import { Unit } from "../units/unit.type.ts";
import { requireUnit } from "../units/unit.service.ts";
import { fileRule, listRules } from "./rule.service.ts";
import { ImplementationRule, ImplementationRuleInput } from "./rule.type.ts";

@Resolver(() => ImplementationRule)
export class ImplementationRuleResolver {
  @Query(() => [ImplementationRule], { description: "The implementation rules filed for a year, optionally by one unit." })
  async implementationRules(
    @Arg("year", () => Int) year: number,
    @Arg("unitCode", () => String, { nullable: true }) unitCode: string | undefined,
    @Ctx() { knex }: Context,
  ): Promise<ImplementationRule[]> {
    const unitId = unitCode ? Number((await requireUnit(knex, unitCode)).id) : undefined;
    return listRules(knex, year, unitId);
  }

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
