import type { Knex } from "knex";
import { assertYearsOpen } from "../assessment/year-guard.ts";
import { InvalidInputError, type InvalidField } from "../common/errors.ts";
import { FieldChecker } from "../common/field-checker.ts";
import { requireUnit } from "../units/unit.service.ts";
import type { ContractInput } from "./contract.input.ts";
import type { Contract } from "./contract.type.ts";
import { upsertContractRow } from "./contract.repository.ts";

export function validateContract(input: ContractInput): void {
  const invalid: InvalidField[] = [];
  const check = new FieldChecker(invalid);
  check.integerBetween("year", input.year, 2000, 2100);
  // A target of 0 is invalid for an assessed unit: completion divides by it.
  check.positiveMoney("revenueTarget", input.revenueTarget);
  check.integerBetween("staffCount", input.staffCount, 0, 10000);
  check.integerBetween("vehicleCount", input.vehicleCount, 0, 10000);
  check.nonNegativeMoney("baseExpense", input.baseExpense);
  check.nonNegativeMoney("repairBudget", input.repairBudget);
  check.integerBetween("repairBudgetFromMonth", input.repairBudgetFromMonth, 1, 12);
  check.rate("revenueCommissionRate", input.revenueCommissionRate);
  check.rate("overTargetRate", input.overTargetRate);
  check.rate("underTargetDeductionRate", input.underTargetDeductionRate);
  check.rate("repairSavingsRewardRate", input.repairSavingsRewardRate);
  if (invalid.length > 0) throw new InvalidInputError(invalid, "contract");
}

export async function saveContract(knex: Knex, input: ContractInput): Promise<Contract> {
  validateContract(input);
  await assertYearsOpen(knex, [input.year]);
  const unit = await requireUnit(knex, input.unitCode);
  return upsertContractRow(knex, Number(unit.id), input);
}
