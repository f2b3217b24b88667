import { Arg, Authorized, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from "type-graphql";
import { Role } from "../auth/role.ts";
import type { Context } from "../app/context.ts";
import { yearArg } from "../years/year.ts";
import { DateScalar } from "../common/scalars.ts";
import { auditActionNames, auditEntries } from "./audit.service.ts";

@ObjectType({ simpleResolvers: true, description: "An entry of the append-only audit log." })
export class AuditEntry {
  @Field(() => ID, { description: "Sequence number." })
  id!: string;

  @Field(() => String, { description: "When (ISO 8601 instant)." })
  at!: string;

  @Field(() => String, { description: "Who." })
  actor!: string;

  @Field(() => String, { description: "The operation, e.g. finalizeAssessment or reopenAssessment." })
  action!: string;

  @Field(() => Int, { nullable: true, description: "The year it concerns." })
  year!: number | null;

  @Field(() => String, { nullable: true, description: "The reason given (required for reopening)." })
  reason!: string | null;

  @Field(() => String, { description: "Details as JSON." })
  details!: string;

  @Field(() => String, { description: "OK, or what went wrong." })
  outcome!: string;
}

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Authorized(Role.ADMIN, Role.COMMITTEE)
  @Query(() => [AuditEntry], { description: "The newest audit log entries, filtered by year, who, what and when." })
  async auditLog(
    @Arg("year", () => Int, yearArg("year", { nullable: true })) year: number | null,
    @Arg("limit", () => Int, { defaultValue: 100, description: "At most this many entries (1–1000)." }) limit: number,
    @Arg("actor", () => String, { nullable: true, description: "Only this user's entries (their username)." }) actor: string | null,
    @Arg("action", () => String, { nullable: true, description: "Only this operation, e.g. setContract or recordRevenue." }) action: string | null,
    @Arg("from", () => DateScalar, { nullable: true, description: "Entries on or after this day (company time zone)." }) from: string | null,
    @Arg("to", () => DateScalar, { nullable: true, description: "Entries on or before this day." }) to: string | null,
    @Ctx() { knex }: Context,
  ): Promise<AuditEntry[]> {
    const rows = await auditEntries(knex, {
      year: year ?? undefined,
      limit,
      actor: actor ?? undefined,
      action: action ?? undefined,
      from: from ?? undefined,
      to: to ?? undefined,
    });
    return rows.map((row) => ({ ...row, details: JSON.stringify(row.details) }));
  }

  @Authorized(Role.ADMIN, Role.COMMITTEE)
  @Query(() => [String], { description: "The operations that appear in the audit log, for its filter." })
  async auditActions(@Ctx() { knex }: Context): Promise<string[]> {
    return auditActionNames(knex);
  }
}
