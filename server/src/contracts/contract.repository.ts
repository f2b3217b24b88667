import type { Knex } from "knex";
import { PREPARE } from "@station/db";
import type { ViewerScope } from "../auth/viewer-scope.ts";
import { formatMoney } from "../common/money.ts";
import type { ContractInput } from "./contract.input.ts";
import { nameDayOfYear } from "../units/unit.repository.ts";
import type { Contract, ContractTotals } from "./contract.type.ts";

interface ContractRow {
  unit_id: number;
  year: number;
  revenue_target: string;
  staff_count: number;
  vehicle_count: number;
  base_expense: string;
  repair_budget: string;
  repair_budget_from_month: number;
  revenue_commission_rate: string;
  over_target_rate: string;
  under_target_deduction_rate: string;
  repair_savings_reward_rate: string;
  /** Read by listContracts only. */
  unit_code?: string;
  unit_name?: string;
}

const COLUMNS = [
  "unit_id",
  "year",
  "revenue_target",
  "staff_count",
  "vehicle_count",
  "base_expense",
  "repair_budget",
  "repair_budget_from_month",
  "revenue_commission_rate",
  "over_target_rate",
  "under_target_deduction_rate",
  "repair_savings_reward_rate",
];

export function toContract(row: ContractRow): Contract {
  return {
    unitId: row.unit_id,
    year: row.year,
    revenueTarget: row.revenue_target,
    staffCount: row.staff_count,
    vehicleCount: row.vehicle_count,
    baseExpense: row.base_expense,
    repairBudget: row.repair_budget,
    repairBudgetFromMonth: row.repair_budget_from_month,
    // Rates are percentages, not money: a Float is the API's contract for them.
    revenueCommissionRate: Number(row.revenue_commission_rate),
    overTargetRate: Number(row.over_target_rate),
    underTargetDeductionRate: Number(row.under_target_deduction_rate),
    repairSavingsRewardRate: Number(row.repair_savings_reward_rate),
    ...(row.unit_code !== undefined && row.unit_name !== undefined ? { unitCode: row.unit_code, unitName: row.unit_name } : {}),
  };
}

/**
 * The contracts of a year the scope may read, in unit order, each with its unit's code and name
 * in that year (as the unit loader reads them), so the dashboard's `unit { code name }` costs no
 * second statement.
 */
export async function listContracts(knex: Knex, scope: ViewerScope, year: number): Promise<Contract[]> {
  const query = knex("contracts as c")
    .join("units as u", "u.id", "c.unit_id")
    .joinRaw("cross join lateral unit_name_row(u.id, ?::date) as nm", [nameDayOfYear(year)])
    .where("c.year", year)
    .orderBy("c.unit_id")
    .select([...COLUMNS.map((c) => `c.${c}`), "u.code as unit_code", "nm.name as unit_name"])
    .options(PREPARE);
  await scope.restrict(query, "c.unit_id", year);
  return (await query).map((row: ContractRow) => toContract(row));
}

export async function findContracts(knex: Knex, keys: readonly { unitId: number; year: number }[]): Promise<Contract[]> {
  if (keys.length === 0) return [];
  const rows = await knex("contracts")
    .select(COLUMNS)
    .whereIn(
      ["unit_id", "year"],
      keys.map((k) => [k.unitId, k.year]),
    );
  return rows.map((row) => toContract(row as ContractRow));
}

function toRow(contract: Contract) {
  return {
    unit_id: contract.unitId,
    year: contract.year,
    revenue_target: contract.revenueTarget,
    staff_count: contract.staffCount,
    vehicle_count: contract.vehicleCount,
    base_expense: contract.baseExpense,
    repair_budget: contract.repairBudget,
    repair_budget_from_month: contract.repairBudgetFromMonth,
    revenue_commission_rate: String(contract.revenueCommissionRate),
    over_target_rate: String(contract.overTargetRate),
    under_target_deduction_rate: String(contract.underTargetDeductionRate),
    repair_savings_reward_rate: String(contract.repairSavingsRewardRate),
  };
}

/** A validated input as the contract it stores. */
export function contractFromInput(unitId: number, input: ContractInput): Contract {
  return {
    unitId,
    year: input.year,
    revenueTarget: formatMoney(input.revenueTarget),
    staffCount: input.staffCount,
    vehicleCount: input.vehicleCount,
    baseExpense: formatMoney(input.baseExpense),
    repairBudget: formatMoney(input.repairBudget),
    repairBudgetFromMonth: input.repairBudgetFromMonth,
    revenueCommissionRate: input.revenueCommissionRate,
    overTargetRate: input.overTargetRate,
    underTargetDeductionRate: input.underTargetDeductionRate,
    repairSavingsRewardRate: input.repairSavingsRewardRate,
  };
}

export async function upsertContractRow(knex: Knex, unitId: number, input: ContractInput): Promise<Contract> {
  const row = toRow(contractFromInput(unitId, input));
  const [saved] = await knex("contracts")
    .insert(row)
    .onConflict(["unit_id", "year"])
    .merge({ ...row, updated_at: knex.fn.now() })
    .returning(COLUMNS);
  return toContract(saved as ContractRow);
}

/** New contracts in one statement (a new year's). */
export async function insertContracts(knex: Knex, contracts: Contract[]): Promise<void> {
  if (contracts.length > 0) await knex("contracts").insert(contracts.map(toRow));
}

/** The 合计 row of the contracts the scope may read, summed in SQL. */
export async function contractTotals(knex: Knex, scope: ViewerScope, year: number): Promise<ContractTotals> {
  const query = knex("contracts").where({ year });
  await scope.restrict(query, "unit_id", year);
  const row = await query.first(
    knex.raw("count(*) as unit_count"),
    knex.raw("coalesce(sum(revenue_target), 0)::text as revenue_target"),
    knex.raw("coalesce(sum(staff_count), 0)::int as staff_count"),
    knex.raw("coalesce(sum(vehicle_count), 0)::int as vehicle_count"),
    knex.raw("coalesce(sum(base_expense), 0)::text as base_expense"),
    knex.raw("coalesce(sum(repair_budget), 0)::text as repair_budget"),
  );
  return {
    year,
    unitCount: row.unit_count,
    revenueTarget: row.revenue_target,
    staffCount: row.staff_count,
    vehicleCount: row.vehicle_count,
    baseExpense: row.base_expense,
    repairBudget: row.repair_budget,
  };
}
