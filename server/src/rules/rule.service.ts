import { randomBytes } from "node:crypto";
import type { Knex } from "knex";
import { Role } from "../auth/role.ts";
import type { Viewer } from "../auth/viewer.ts";
import type { ViewerScope } from "../auth/viewer-scope.ts";
import { DomainError, InvalidInputError, NotFoundError, type InvalidField } from "../common/errors.ts";
import { requireUnit } from "../units/unit.service.ts";
import { assertYearsOpen } from "../years/finalized-years.ts";
import { attachableFiles } from "./rule-file.repository.ts";
import { acknowledge, attachedFileIds, findRule, insertVersion, listRulesInForce, nextVersion } from "./rule.repository.ts";
import { type ImplementationRule, type ImplementationRuleInput, RuleRecipient } from "./rule.type.ts";

/** More than any set of rules needs; keeps one filing's size bounded. */
const MAX_ATTACHMENTS = 20;

export async function listRules(knex: Knex, scope: ViewerScope, year: number, unitCode?: string | null): Promise<ImplementationRule[]> {
  const unitId = unitCode ? Number((await requireUnit(knex, unitCode)).id) : undefined;
  return listRulesInForce(knex, scope, year, unitId);
}

function attachmentIdsOf(input: ImplementationRuleInput): number[] {
  const invalid: InvalidField[] = [];
  const ids = input.attachmentIds ?? [];
  if (ids.length > MAX_ATTACHMENTS)
    invalid.push({ field: "attachmentIds", reason: "BATCH_TOO_LARGE", params: { max: MAX_ATTACHMENTS, got: ids.length } });
  const seen = new Set<string>();
  ids.forEach((id, index) => {
    if (!/^\d{1,15}$/.test(id)) invalid.push({ field: `attachmentIds[${index}]`, reason: "UNKNOWN_ATTACHMENT", params: { got: id.slice(0, 40) } });
    else if (seen.has(id)) invalid.push({ field: `attachmentIds[${index}]`, reason: "GIVEN_TWICE", params: { value: id } });
    seen.add(id);
  });
  if (invalid.length > 0) throw new InvalidInputError(invalid);
  return ids.map(Number);
}

/**
 * Files the next version of a unit's rules for a year (field rules are on the input). A station
 * head files for their own unit only. The version, its attachments and its number are stored in
 * one transaction; a filing sent again with its stored number answers the stored version.
 */
export async function fileRule(knex: Knex, viewer: Viewer, scope: ViewerScope, input: ImplementationRuleInput): Promise<ImplementationRule> {
  const fileIds = attachmentIdsOf(input);
  await assertYearsOpen(knex, [input.year]);
  const unit = await requireUnit(knex, input.unitCode);
  const unitId = Number(unit.id);
  if (!scope.mayActFor(unitId)) throw new DomainError("FORBIDDEN", "OWN_UNIT_WRITE_ONLY", {}, { unitCode: unit.code });
  const title = input.title.trim();
  const id = await knex.transaction(async (trx) => {
    const version = await nextVersion(trx, unitId, input.year);
    if (input.reference) {
      const stored = await findRule(trx, { reference: input.reference });
      if (stored) {
        const same =
          stored.unitId === unitId &&
          stored.year === input.year &&
          stored.title === title &&
          stored.text === input.text &&
          stored.filedOn === input.filedOn &&
          (await attachedFileIds(trx, Number(stored.id))).join() === fileIds.join();
        if (same) return Number(stored.id);
        throw new DomainError("CONFLICT", "RULE_REFERENCE_CONFLICT", { reference: input.reference }, { field: "reference" });
      }
    }
    const usable = await attachableFiles(trx, fileIds, viewer.userId, unitId, input.year);
    const unusable = fileIds.flatMap((file, index) =>
      usable.has(file) ? [] : [{ field: `attachmentIds[${index}]`, reason: "UNKNOWN_ATTACHMENT" as const, params: { got: String(file) } }],
    );
    if (unusable.length > 0) throw new InvalidInputError(unusable);
    const reference = input.reference ?? (await defaultReference(trx, unit.code, input.year, version));
    return insertVersion(
      trx,
      {
        unitId,
        year: input.year,
        version,
        title,
        text: input.text,
        filedOn: input.filedOn,
        reference,
        filedBy: viewer.displayName,
        filedByUserId: viewer.userId,
      },
      fileIds,
    );
  });
  return (await findRule(knex, { id }))!;
}

/** `<unit>-<year>-R<version>`, or with a random tail in the rare case someone used that number by hand. */
async function defaultReference(trx: Knex.Transaction, unitCode: string, year: number, version: number): Promise<string> {
  const plain = `${unitCode}-${year}-R${version}`;
  return (await findRule(trx, { reference: plain })) ? `${plain}-${randomBytes(3).toString("hex")}` : plain;
}

/** The recipients a viewer acknowledges for: the deputy GM (EXECUTIVE) and the department (clerk, administrator). */
export function recipientsOf(viewer: Viewer): RuleRecipient[] {
  const recipients: RuleRecipient[] = [];
  if (viewer.roles.includes(Role.EXECUTIVE)) recipients.push(RuleRecipient.EXECUTIVE);
  if (viewer.roles.includes(Role.CLERK) || viewer.roles.includes(Role.ADMIN)) recipients.push(RuleRecipient.DEPARTMENT);
  return recipients;
}

/** Records that the department or the deputy GM received a version (who and when); refused once the year is finalised. */
export async function acknowledgeRule(knex: Knex, viewer: Viewer, id: string): Promise<ImplementationRule> {
  const rule = /^\d{1,15}$/.test(id) ? await findRule(knex, { id: Number(id) }) : null;
  if (!rule) throw new NotFoundError("RULE_NOT_FOUND", { id: id.slice(0, 40) });
  await assertYearsOpen(knex, [rule.year]);
  await acknowledge(knex, Number(rule.id), recipientsOf(viewer), { userId: viewer.userId, name: viewer.displayName });
  return rule;
}
