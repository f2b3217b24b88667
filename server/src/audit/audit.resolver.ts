import { Arg, Authorized, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from "type-graphql";
import { Role } from "../auth/role.ts";
import type { Context } from "../app/context.ts";
import { yearArg } from "../years/year.ts";
import { auditEntries } from "./audit.service.ts";

@ObjectType({ description: "An entry of the append-only audit log." })
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
  @Query(() => [AuditEntry], { description: "The newest audit log entries, optionally of one year." })
  async auditLog(
    @Arg("year", () => Int, yearArg("year", { nullable: true })) year: number | null,
    @Arg("limit", () => Int, { defaultValue: 100, description: "At most this many entries (1–1000)." }) limit: number,
    @Ctx() { knex }: Context,
  ): Promise<AuditEntry[]> {
    return (await auditEntries(knex, { year: year ?? undefined, limit })).map((row) => ({ ...row, details: JSON.stringify(row.details) }));
  }
}
