import type { Knex } from "knex";
import { invalidField } from "../common/errors.ts";
import { type AuditRow, listAudit } from "./audit.repository.ts";

/** The newest audit entries (optionally of one year), at most `limit` (1–1000). */
export async function auditEntries(knex: Knex, { year, limit }: { year?: number; limit: number }): Promise<AuditRow[]> {
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw invalidField("limit", "WHOLE_NUMBER_RANGE", { min: 1, max: 1000, got: limit });
  return listAudit(knex, { year, limit });
}
