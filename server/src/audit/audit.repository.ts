import type { Knex } from "knex";
import { appTimeZone } from "../years/today.ts";

export interface AuditEntry {
  actor: string;
  action: string;
  year?: number;
  reason?: string;
  details?: Record<string, unknown>;
  outcome?: string;
}

/** Appends to the audit log (the database refuses updates and deletes of it). */
export async function appendAudit(knex: Knex, entry: AuditEntry): Promise<void> {
  await knex("audit_log").insert({
    actor: entry.actor,
    action: entry.action,
    year: entry.year ?? null,
    reason: entry.reason ?? null,
    details: JSON.stringify(entry.details ?? {}),
    outcome: entry.outcome ?? "OK",
  });
}

export interface AuditRow {
  id: string;
  at: string;
  actor: string;
  action: string;
  year: number | null;
  reason: string | null;
  details: Record<string, unknown>;
  outcome: string;
}

export interface AuditFilter {
  year?: number;
  /** Who acted (exact username, or anonymous@… for sign-in attempts). */
  actor?: string;
  /** One operation, e.g. setContract (matches entries naming several operations too). */
  action?: string;
  /** Entries on or after this day, and on or before this one (company time zone). */
  from?: string;
  to?: string;
}

export async function listAudit(knex: Knex, { year, actor, action, from, to, limit }: AuditFilter & { limit: number }): Promise<AuditRow[]> {
  const query = knex("audit_log").orderBy("id", "desc").limit(limit).select("*");
  if (year !== undefined) query.where({ year });
  if (actor) query.where({ actor });
  if (action) query.whereRaw("? = any(string_to_array(action, ','))", [action]);
  if (from) query.whereRaw("at >= (?::date)::timestamp at time zone ?", [from, appTimeZone()]);
  if (to) query.whereRaw("at < ((?::date) + 1)::timestamp at time zone ?", [to, appTimeZone()]);
  return (await query).map(
    (r: {
      id: number;
      at: Date;
      actor: string;
      action: string;
      year: number | null;
      reason: string | null;
      details: Record<string, unknown>;
      outcome: string;
    }) => ({
      id: String(r.id),
      at: r.at.toISOString(),
      actor: r.actor,
      action: r.action,
      year: r.year,
      reason: r.reason,
      details: r.details,
      outcome: r.outcome,
    }),
  );
}
