import type { Knex } from "knex";
import { invalidField } from "../common/errors.ts";
import { type AuditFilter, type AuditRow, listAudit } from "./audit.repository.ts";

/** The newest audit entries matching the filter, at most `limit` (1–1000). */
export async function auditEntries(knex: Knex, filter: AuditFilter & { limit: number }): Promise<AuditRow[]> {
  if (!Number.isInteger(filter.limit) || filter.limit < 1 || filter.limit > 1000) {
    throw invalidField("limit", "WHOLE_NUMBER_RANGE", { min: 1, max: 1000, got: filter.limit });
  }
  if (filter.from && filter.to && filter.to < filter.from) throw invalidField("to", "NOT_ALLOWED_HERE", { got: `${filter.from}–${filter.to}` });
  return listAudit(knex, filter);
}

/** Every operation name the log holds (entries naming several are split), sorted. */
export async function auditActionNames(knex: Knex): Promise<string[]> {
  const { rows } = await knex.raw("select distinct unnest(string_to_array(action, ',')) as action from audit_log order by 1");
  return rows.map((r: { action: string }) => r.action);
}
