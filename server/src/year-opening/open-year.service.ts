import type { Knex } from "knex";
import { ViewerScope } from "../auth/viewer-scope.ts";
import { DomainError, InvalidInputError, type InvalidField } from "../common/errors.ts";
import { FieldChecker } from "../common/field-checker.ts";
import { appendAudit } from "../audit/audit.repository.ts";
import type { ContractInput } from "../contracts/contract.input.ts";
import { listContracts } from "../contracts/contract.repository.ts";
import type { Contract } from "../contracts/contract.type.ts";
import { findUnitsByCodes } from "../units/unit.repository.ts";
import { assertYearsOpen } from "../years/finalized-years.ts";
import { checkYear } from "../years/year.ts";
import { carriedContracts, YEAR_COPY_STEPS, type YearCopy } from "./copy-steps.ts";

export interface OpenYearRequest {
  year: number;
  copyFrom: number;
  revenueTargetChangePct: number;
  /** Contracts edited in the preview, replacing their copies (or added for a unit without one). */
  contracts?: ContractInput[] | null;
}

/**
 * Works out what opening the year copies: the units that carry over (not retired by the new
 * year's first day, with a contract in copyFrom) and the edited contracts, refusing what cannot be.
 */
async function planOf(knex: Knex, request: OpenYearRequest): Promise<YearCopy> {
  const { year, copyFrom, revenueTargetChangePct } = request;
  const invalid: InvalidField[] = [];
  const check = new FieldChecker(invalid);
  checkYear(year);
  checkYear(copyFrom, "copyFrom");
  if (copyFrom === year) check.fail("copyFrom", "MUST_DIFFER", { other: "year" });
  check.numberBetween("revenueTargetChangePct", revenueTargetChangePct, -90, 200);
  const given = request.contracts ?? [];
  const units = new Map(
    (
      await findUnitsByCodes(
        knex,
        given.map((c) => c.unitCode),
      )
    ).map((u) => [u.code, Number(u.id)]),
  );
  const contracts = new Map<number, ContractInput>();
  given.forEach((contract, index) => {
    const row = new FieldChecker(invalid, index);
    const unitId = units.get(contract.unitCode);
    if (contract.year !== year) row.fail("year", "NOT_ALLOWED_HERE", { got: contract.year });
    if (unitId === undefined) row.fail("unitCode", "UNKNOWN_UNIT", { unit: contract.unitCode.slice(0, 40) });
    else if (contracts.has(unitId)) row.fail("unitCode", "GIVEN_TWICE", { value: contract.unitCode });
    else contracts.set(unitId, contract);
  });
  if (invalid.length > 0) throw new InvalidInputError(invalid);
  const rows = await knex("contracts as c")
    .join("units as u", "u.id", "c.unit_id")
    .where("c.year", copyFrom)
    .where((q) => q.whereNull("u.retired_from").orWhere("u.retired_from", ">", `${year}-01-01`))
    .orderBy("c.unit_id")
    .select("c.unit_id");
  if (rows.length === 0) throw new DomainError("NOT_FOUND", "NO_CONTRACTS_TO_COPY", { year: copyFrom }, { copyFrom });
  return { year, copyFrom, revenueTargetChangePct, unitIds: rows.map((r) => r.unit_id), contracts };
}

/** What openYear would store as contracts, stored nowhere (the new-year dialog's preview). */
export async function previewOpenYear(knex: Knex, request: OpenYearRequest): Promise<Contract[]> {
  return carriedContracts(knex, await planOf(knex, request));
}

/**
 * Opens a year from an earlier one in one transaction: every copy step (contracts with revenue
 * targets scaled and rounded to whole yuan, the scheme, the committee, the rosters …) or none.
 * Refused when the year already has contracts or is finalised.
 */
export async function openYear(knex: Knex, request: OpenYearRequest, actor: string): Promise<Contract[]> {
  await assertYearsOpen(knex, [request.year]);
  const plan = await planOf(knex, request);
  await knex.transaction(async (trx) => {
    await trx.raw("select pg_advisory_xact_lock(hashtext('open-year'), ?)", [plan.year]);
    const existing = await trx("contracts").where({ year: plan.year }).count<{ n: number }[]>({ n: "*" }).first();
    if (Number(existing?.n ?? 0) > 0) throw new DomainError("CONFLICT", "YEAR_ALREADY_OPENED", { year: plan.year }, { year: plan.year });
    for (const step of YEAR_COPY_STEPS) await step.copy(trx, plan);
    await appendAudit(trx, {
      actor,
      action: "openYear",
      year: plan.year,
      details: {
        copyFrom: plan.copyFrom,
        revenueTargetChangePct: plan.revenueTargetChangePct,
        units: plan.unitIds.length,
        steps: YEAR_COPY_STEPS.map((s) => s.name),
      },
    });
  });
  return listContracts(knex, ViewerScope.system(knex), plan.year);
}
