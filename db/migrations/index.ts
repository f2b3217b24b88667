import type { Knex } from "knex";
import * as domainSchema from "./20261123000100_domain_schema.ts";
import * as finalizationGuardAndAudit from "./20261123000200_finalization_guard_and_audit.ts";
import * as usersSessionsTokens from "./20261123000300_users_sessions_tokens.ts";

/**
 * Every migration in order. Listed here rather than discovered on disk so the same list works
 * under tsx, vitest and any bundler; append new migrations, never edit or reorder landed ones.
 */
export const MIGRATIONS: [name: string, migration: Knex.Migration][] = [
  ["20261123000100_domain_schema", domainSchema],
  ["20261123000200_finalization_guard_and_audit", finalizationGuardAndAudit],
  ["20261123000300_users_sessions_tokens", usersSessionsTokens],
];
