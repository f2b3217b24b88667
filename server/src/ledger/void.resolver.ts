import { Arg, Authorized, Ctx, Mutation, Resolver } from "type-graphql";
import { Role } from "../auth/role.ts";
import type { Context } from "../app/context.ts";
import { LEDGER_KINDS } from "./ledger-kinds.ts";
import { voidRecord } from "./ledger.service.ts";
import { RecordKind } from "./ledger.types.ts";

@Resolver()
export class VoidRecordResolver {
  @Authorized(Role.CLERK, Role.ADMIN)
  @Mutation(() => Boolean, {
    description:
      "作废 — voids a callback, complaint or dispatch recorded by mistake: kept and shown as voided, excluded from every figure, audited. " +
      "Money records are corrected (冲红) instead. Refused in a finalised year.",
  })
  voidRecord(
    @Arg("kind", () => RecordKind, { description: "CALLBACK, COMPLAINT or DISPATCH." }) kind: RecordKind,
    @Arg("reference", () => String, { description: "The record's reference." }) reference: string,
    @Arg("reason", () => String, { description: "Why it is voided (1–500 characters)." }) reason: string,
    @Ctx() { knex, actor }: Context,
  ): Promise<boolean> {
    return voidRecord(knex, LEDGER_KINDS[kind], reference, reason, actor);
  }
}
