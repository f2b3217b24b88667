import type { Knex } from "knex";
import { Arg, Authorized, Ctx, Field, Int, ObjectType, Query, Resolver } from "type-graphql";
import type { Context } from "../app/context.ts";
import { Role } from "../auth/role.ts";
import { invalidField } from "../common/errors.ts";

@ObjectType({ simpleResolvers: true, description: "One stored import (from the audit log): who imported which file, when, and what it stored." })
export class ImportLogEntry {
  @Field(() => String, { description: "When (ISO 8601 instant)." })
  at!: string;

  @Field(() => String, { description: "Who imported it." })
  actor!: string;

  @Field(() => String, { description: "revenue, costs, callbacks, complaints, dispatches or contracts." })
  kind!: string;

  @Field(() => String, { description: "The file's name as uploaded." })
  fileName!: string;

  @Field(() => String, { description: "SHA-256 of the file's bytes (the same file imported again is recognised by it)." })
  sha256!: string;

  @Field(() => Int, { description: "Data rows read." })
  rows!: number;

  @Field(() => Int, { description: "Records stored." })
  inserted!: number;

  @Field(() => Int, { description: "Rows already stored (skipped)." })
  duplicates!: number;
}

async function recentImports(knex: Knex, limit: number): Promise<ImportLogEntry[]> {
  const rows = await knex("audit_log").where({ action: "IMPORT", outcome: "OK" }).orderBy("id", "desc").limit(limit).select("at", "actor", "details");
  return rows.map((row: { at: Date; actor: string; details: Record<string, unknown> }) => ({
    at: row.at.toISOString(),
    actor: row.actor,
    kind: String(row.details.kind ?? ""),
    fileName: String(row.details.fileName ?? ""),
    sha256: String(row.details.sha256 ?? ""),
    rows: Number(row.details.rows ?? 0),
    inserted: Number(row.details.inserted ?? 0),
    duplicates: Number(row.details.duplicates ?? 0),
  }));
}

@Resolver()
export class ImportLogResolver {
  @Authorized(Role.CLERK, Role.COMMITTEE, Role.ADMIN)
  @Query(() => [ImportLogEntry], { description: "The newest stored imports, newest first (at most `limit`, 1–200)." })
  imports(
    @Arg("limit", () => Int, { defaultValue: 20, description: "How many (1–200)." }) limit: number,
    @Ctx() { knex }: Context,
  ): Promise<ImportLogEntry[]> {
    if (!Number.isInteger(limit) || limit < 1 || limit > 200) throw invalidField("limit", "WHOLE_NUMBER_RANGE", { min: 1, max: 200, got: limit });
    return recentImports(knex, limit);
  }
}
