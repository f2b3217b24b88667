import type { Knex } from "knex";
import { noteChange } from "../audit/audit-change.ts";
import type { ViewerScope } from "../auth/viewer-scope.ts";
import type { Context } from "../app/context.ts";
import { requireUnit } from "../units/unit.service.ts";
import { assertYearsOpen } from "../years/finalized-years.ts";
import type { ContractInput } from "./contract.input.ts";
import { contractTotals, findContracts, listContracts, upsertContractRow } from "./contract.repository.ts";
import type { Contract, ContractTotals } from "./contract.type.ts";

export function contractsOfYear(knex: Knex, scope: ViewerScope, year: number): Promise<Contract[]> {
  return listContracts(knex, scope, year);
}

export function totalsOfYear(knex: Knex, scope: ViewerScope, year: number): Promise<ContractTotals> {
  return contractTotals(knex, scope, year);
}

/** One unit's contract of a year through the request's loader; null when none or not visible. */
export async function contractOf({ scope, loaders }: Context, unitId: number, year: number): Promise<Contract | null> {
  const visible = await scope.visibleUnits(year);
  if (visible !== null && !visible.includes(unitId)) return null;
  return loaders.contractByUnitYear.load({ unitId, year });
}

/** Sets a unit's contract (field rules are on ContractInput); refused once the year is finalised. */
export async function saveContract(knex: Knex, input: ContractInput): Promise<Contract> {
  await assertYearsOpen(knex, [input.year]);
  const unit = await requireUnit(knex, input.unitCode);
  const [before] = await findContracts(knex, [{ unitId: Number(unit.id), year: input.year }]);
  const after = await upsertContractRow(knex, Number(unit.id), input);
  noteChange({ year: input.year, contract: input.unitCode, before: before ?? null, after });
  return after;
}
