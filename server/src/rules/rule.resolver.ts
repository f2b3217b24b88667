import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { Role, SIGNED_IN } from "../auth/role.ts";
import type { Context } from "../app/context.ts";
import { unitOfYear } from "../units/unit-of-year.ts";
import { Unit } from "../units/unit.type.ts";
import { yearArg } from "../years/year.ts";
import { acknowledgeRule, fileRule, listRules } from "./rule.service.ts";
import { ImplementationRule, ImplementationRuleInput, RuleAcknowledgement, RuleAttachment } from "./rule.type.ts";

@Resolver(() => ImplementationRule)
export class ImplementationRuleResolver {
  @Authorized(SIGNED_IN)
  @Query(() => [ImplementationRule], {
    description: "The rules in force for a year — each unit's latest version — optionally of one unit (a station head: their own until finalised).",
  })
  async implementationRules(
    @Arg("year", () => Int, yearArg()) year: number,
    @Arg("unitCode", () => String, { nullable: true }) unitCode: string | undefined,
    @Ctx() { knex, scope }: Context,
  ): Promise<ImplementationRule[]> {
    return listRules(knex, scope, year, unitCode);
  }

  @Authorized(Role.CLERK, Role.ADMIN, Role.STATION_HEAD)
  @Mutation(() => ImplementationRule, {
    description:
      "Files the next version of a unit's implementation rules for a year (earlier versions stay), with attachments uploaded before. " +
      "A station head files for their own unit only. Refused once the year is finalised.",
  })
  async fileImplementationRule(
    @Arg("input", () => ImplementationRuleInput) input: ImplementationRuleInput,
    @Ctx() { knex, viewer, scope }: Context,
  ): Promise<ImplementationRule> {
    return fileRule(knex, viewer!, scope, input);
  }

  @Authorized(Role.EXECUTIVE, Role.CLERK, Role.ADMIN)
  @Mutation(() => ImplementationRule, {
    description:
      "Acknowledges receipt of a version of 实施细则: as the deputy GM (EXECUTIVE) or for the department (clerk, administrator). " +
      "The first acknowledgement of each stands. Refused once the year is finalised.",
  })
  async acknowledgeImplementationRule(@Arg("id", () => ID) id: string, @Ctx() { knex, viewer }: Context): Promise<ImplementationRule> {
    return acknowledgeRule(knex, viewer!, id);
  }

  @FieldResolver(() => Unit, { description: "The unit that filed the rules, with its name in that year." })
  unit(@Root() rule: ImplementationRule, @Ctx() context: Context): Promise<Unit> {
    return unitOfYear(context, rule.unitId, rule.year);
  }

  @FieldResolver(() => [ImplementationRule], { description: "Every version of the unit's rules for the year, newest (the one in force) first." })
  versions(@Root() rule: ImplementationRule, @Ctx() { loaders }: Context): Promise<ImplementationRule[]> {
    return loaders.ruleVersions.load({ unitId: rule.unitId, year: rule.year });
  }

  @FieldResolver(() => [RuleAttachment], { description: "The files filed with this version." })
  attachments(@Root() rule: ImplementationRule, @Ctx() { loaders }: Context): Promise<RuleAttachment[]> {
    return loaders.ruleAttachments.load(Number(rule.id));
  }

  @FieldResolver(() => [RuleAcknowledgement], { description: "Who acknowledged receipt of this version, and when." })
  acknowledgements(@Root() rule: ImplementationRule, @Ctx() { loaders }: Context): Promise<RuleAcknowledgement[]> {
    return loaders.ruleAcknowledgements.load(Number(rule.id));
  }
}
