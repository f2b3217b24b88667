import type { Knex } from "knex";
import type { ViewerScope } from "../auth/viewer-scope.ts";
import type { ImplementationRule, RuleAcknowledgement, RuleAttachment, RuleRecipient } from "./rule.type.ts";

const COLUMNS = ["r.id", "r.unit_id", "r.year", "r.version", "r.title", "r.body", "r.filed_on", "r.reference", "r.filed_by"];

interface RuleRow {
  id: number;
  unit_id: number;
  year: number;
  version: number;
  title: string;
  body: string;
  filed_on: string;
  reference: string;
  filed_by: string | null;
}

function toRule(row: RuleRow): ImplementationRule {
  return {
    id: String(row.id),
    unitId: row.unit_id,
    year: row.year,
    version: row.version,
    title: row.title,
    text: row.body,
    filedOn: row.filed_on,
    reference: row.reference,
    filedBy: row.filed_by,
  };
}

/** The version in force of each unit's rules for a year (the latest filed), as the scope may read them. */
export async function listRulesInForce(knex: Knex, scope: ViewerScope, year: number, unitId?: number): Promise<ImplementationRule[]> {
  const query = knex("implementation_rules as r")
    .distinctOn("r.unit_id")
    .where("r.year", year)
    .orderBy([{ column: "r.unit_id" }, { column: "r.version", order: "desc" }])
    .select(COLUMNS);
  if (unitId !== undefined) query.andWhere("r.unit_id", unitId);
  await scope.restrict(query, "r.unit_id", year);
  return ((await query) as RuleRow[]).map(toRule);
}

type UnitYear = { unitId: number; year: number };

/** Every version of the rules of (unit, year) pairs, newest first. */
export async function listVersions(knex: Knex, keys: readonly UnitYear[]): Promise<Map<string, ImplementationRule[]>> {
  const byKey = new Map<string, ImplementationRule[]>();
  if (keys.length === 0) return byKey;
  const rows = (await knex("implementation_rules as r")
    .whereIn(
      ["r.unit_id", "r.year"],
      keys.map((k) => [k.unitId, k.year]),
    )
    .orderBy([{ column: "r.unit_id" }, { column: "r.year" }, { column: "r.version", order: "desc" }])
    .select(COLUMNS)) as RuleRow[];
  for (const row of rows) {
    const key = `${row.unit_id}/${row.year}`;
    byKey.set(key, [...(byKey.get(key) ?? []), toRule(row)]);
  }
  return byKey;
}

export async function findRule(knex: Knex, where: { id: number } | { reference: string }): Promise<ImplementationRule | null> {
  const row = (await knex("implementation_rules as r")
    .where(Object.fromEntries(Object.entries(where).map(([k, v]) => [`r.${k}`, v])))
    .first(COLUMNS)) as RuleRow | undefined;
  return row ? toRule(row) : null;
}

/** The next version number of a unit's rules for a year; the caller holds the (unit, year) lock. */
export async function nextVersion(trx: Knex.Transaction, unitId: number, year: number): Promise<number> {
  await trx.raw("select pg_advisory_xact_lock(hashtext('implementation_rules'), ?)", [unitId * 10000 + year]);
  const row = await trx("implementation_rules").where({ unit_id: unitId, year }).max<{ max: number | null }>("version as max").first();
  return (row?.max ?? 0) + 1;
}

export interface VersionRow {
  unitId: number;
  year: number;
  version: number;
  title: string;
  text: string;
  filedOn: string;
  reference: string;
  filedBy: string;
  filedByUserId: number;
}

export async function insertVersion(trx: Knex.Transaction, row: VersionRow, fileIds: number[]): Promise<number> {
  const [saved] = await trx("implementation_rules")
    .insert({
      unit_id: row.unitId,
      year: row.year,
      version: row.version,
      title: row.title,
      body: row.text,
      filed_on: row.filedOn,
      reference: row.reference,
      filed_by: row.filedBy,
      filed_by_user_id: row.filedByUserId,
    })
    .returning("id");
  if (fileIds.length > 0) {
    await trx("implementation_rule_attachments").insert(fileIds.map((file_id, position) => ({ rule_id: saved.id, file_id, position })));
  }
  return saved.id;
}

export async function attachmentsOf(knex: Knex, ruleIds: readonly number[]): Promise<Map<number, RuleAttachment[]>> {
  const byRule = new Map<number, RuleAttachment[]>();
  if (ruleIds.length === 0) return byRule;
  const rows = await knex("implementation_rule_attachments as a")
    .join("rule_files as f", "f.id", "a.file_id")
    .whereIn("a.rule_id", [...ruleIds])
    .orderBy(["a.rule_id", "a.position"])
    .select("a.rule_id", "f.id", "f.file_name", "f.content_type", "f.size");
  for (const row of rows) {
    const attachment = {
      id: String(row.id),
      fileName: row.file_name,
      contentType: row.content_type,
      size: row.size,
      url: `/api/rule-files/${row.id}`,
    };
    byRule.set(row.rule_id, [...(byRule.get(row.rule_id) ?? []), attachment]);
  }
  return byRule;
}

export async function acknowledgementsOf(knex: Knex, ruleIds: readonly number[]): Promise<Map<number, RuleAcknowledgement[]>> {
  const byRule = new Map<number, RuleAcknowledgement[]>();
  if (ruleIds.length === 0) return byRule;
  const rows = await knex("rule_acknowledgements")
    .whereIn("rule_id", [...ruleIds])
    .orderBy(["rule_id", "acknowledged_at"])
    .select("rule_id", "recipient", "acknowledged_by", "acknowledged_at");
  for (const row of rows) {
    const ack = { recipient: row.recipient as RuleRecipient, acknowledgedBy: row.acknowledged_by, acknowledgedAt: row.acknowledged_at.toISOString() };
    byRule.set(row.rule_id, [...(byRule.get(row.rule_id) ?? []), ack]);
  }
  return byRule;
}

/** Records receipt; the first acknowledgement of each recipient stands (acknowledging again changes nothing). */
export async function acknowledge(knex: Knex, ruleId: number, recipients: RuleRecipient[], by: { userId: number; name: string }): Promise<void> {
  await knex("rule_acknowledgements")
    .insert(recipients.map((recipient) => ({ rule_id: ruleId, recipient, user_id: by.userId, acknowledged_by: by.name })))
    .onConflict(["rule_id", "recipient"])
    .ignore();
}

/** The attached file ids of a version, in order (to tell a retry from a different filing). */
export async function attachedFileIds(knex: Knex, ruleId: number): Promise<number[]> {
  const rows = await knex("implementation_rule_attachments").where({ rule_id: ruleId }).orderBy("position").select("file_id");
  return rows.map((r) => Number(r.file_id));
}
