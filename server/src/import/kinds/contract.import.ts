import type { Knex } from "knex";
import { collectInvalid } from "../../common/validation.ts";
import type { InvalidField } from "../../common/errors.ts";
import { FieldChecker } from "../../common/field-checker.ts";
import { formatMoney } from "../../common/money.ts";
import { ContractInput } from "../../contracts/contract.input.ts";
import { unitIdsByCode } from "../../ledger/ledger.service.ts";
import { parseMoneyCell, parseRateCell, parseWholeCell } from "../cells.ts";
import type { ImportKind } from "../import-kind.ts";
import { parseUnitCell } from "../unit-lookup.ts";

const CONTENT_FIELDS = [
  "revenueTarget",
  "staffCount",
  "vehicleCount",
  "baseExpense",
  "repairBudget",
  "repairBudgetFromMonth",
  "revenueCommissionRate",
  "overTargetRate",
  "underTargetDeductionRate",
  "repairSavingsRewardRate",
] as const;
const COLUMN_OF: Record<(typeof CONTENT_FIELDS)[number], string> = {
  revenueTarget: "revenue_target",
  staffCount: "staff_count",
  vehicleCount: "vehicle_count",
  baseExpense: "base_expense",
  repairBudget: "repair_budget",
  repairBudgetFromMonth: "repair_budget_from_month",
  revenueCommissionRate: "revenue_commission_rate",
  overTargetRate: "over_target_rate",
  underTargetDeductionRate: "under_target_deduction_rate",
  repairSavingsRewardRate: "repair_savings_reward_rate",
};
const money = (cell: unknown, wan: boolean) => parseMoneyCell(cell, wan);
const MONEY_FIELDS = new Set(["revenueTarget", "baseExpense", "repairBudget"]);
/** A figure as text the same way whether it comes from the file or from the table (numeric(5,2) reads "6.50"). */
const text = (field: string, value: unknown) => (MONEY_FIELDS.has(field) ? formatMoney(String(value)) : String(Number(value)));

/**
 * The contract table (目标责任书) in the plan's layout — 项目单位, 创收任务(万元), 人员(个), 车辆(辆),
 * 基本费用(万元), 维修材料费(万元), 收入提成(%), 超收提成(%), 欠收例扣(%) — for the year given
 * with the file (or a 年份 column). A unit's contract already stored with other figures is a
 * conflict: an import never overwrites, the contracts page edits.
 */
export const contractImport: ImportKind<ContractInput> = {
  name: "contracts",
  entryType: ContractInput,
  columns: [
    {
      field: "unitCode",
      headers: ["项目单位", "单位", "单位名称", "unit", "unitcode"],
      required: true,
      parse: parseUnitCell,
    },
    { field: "year", headers: ["年份", "年度", "year"], required: false, parse: (cell) => parseWholeCell(cell) },
    { field: "revenueTarget", headers: ["创收任务", "收入任务", "revenuetarget", "revenue target"], required: true, parse: money },
    { field: "staffCount", headers: ["人员", "人数", "staff", "staffcount"], required: true, parse: (cell) => parseWholeCell(cell) },
    { field: "vehicleCount", headers: ["车辆", "vehicles", "vehiclecount"], required: true, parse: (cell) => parseWholeCell(cell) },
    { field: "baseExpense", headers: ["基本费用", "baseexpense", "base expense"], required: true, parse: money },
    { field: "repairBudget", headers: ["维修材料费", "repairbudget", "repair budget"], required: true, parse: money },
    {
      field: "repairBudgetFromMonth",
      headers: ["起始月份", "维修材料费起始月份", "repairbudgetfrommonth"],
      required: false,
      parse: (cell) => parseWholeCell(cell),
    },
    { field: "revenueCommissionRate", headers: ["收入提成", "revenuecommissionrate"], required: true, parse: (cell) => parseRateCell(cell) },
    { field: "overTargetRate", headers: ["超收提成", "overtargetrate"], required: true, parse: (cell) => parseRateCell(cell) },
    { field: "underTargetDeductionRate", headers: ["欠收例扣", "undertargetdeductionrate"], required: true, parse: (cell) => parseRateCell(cell) },
    { field: "repairSavingsRewardRate", headers: ["节余奖励", "repairsavingsrewardrate"], required: false, parse: (cell) => parseRateCell(cell) },
  ],
  keyOf: (entry) => `${entry.unitCode}/${entry.year}`,
  totalsOf: (entry) => ({ unitCode: entry.unitCode, category: String(entry.year), amount: entry.revenueTarget ?? null }),
  contentOf: (entry) => Object.fromEntries(CONTENT_FIELDS.map((field) => [field, text(field, entry[field])])),
  yearOf: (entry) => entry.year,
  async validate(knex, entries) {
    for (const entry of entries) {
      // The plan's layout has no start month or savings rate: the whole year, no reward, unless given.
      entry.repairBudgetFromMonth ??= 1;
      entry.repairSavingsRewardRate ??= 0;
    }
    const units = await unitIdsByCode(
      knex,
      entries.map((e) => e.unitCode),
    );
    const invalid: InvalidField[] = await collectInvalid(entries);
    const seen = new Map<string, number>();
    entries.forEach((entry, index) => {
      const check = new FieldChecker(invalid, index);
      if (entry.year === undefined) check.fail("year", "REQUIRED");
      if (!units.has(entry.unitCode)) check.fail("unitCode", "UNKNOWN_UNIT", { unit: entry.unitCode.slice(0, 40) });
      const key = `${entry.unitCode}/${entry.year}`;
      if (seen.has(key)) check.fail("unitCode", "GIVEN_TWICE", { value: key });
      else seen.set(key, index);
    });
    return invalid;
  },
  validateStored: async () => [],
  async storedContent(knex, entries) {
    const rows = await storedContracts(knex, entries);
    return new Map(
      rows.map((row) => [`${row.code}/${row.year}`, Object.fromEntries(CONTENT_FIELDS.map((field) => [field, text(field, row[COLUMN_OF[field]])]))]),
    );
  },
  async store(trx, entries, alreadyStored, onProgress) {
    const units = await unitIdsByCode(
      trx,
      entries.map((e) => e.unitCode),
    );
    const rows = entries
      .filter((entry) => !alreadyStored.has(`${entry.unitCode}/${entry.year}`))
      .map((entry) => ({
        unit_id: units.get(entry.unitCode)!,
        year: entry.year,
        ...Object.fromEntries(CONTENT_FIELDS.map((field) => [COLUMN_OF[field], text(field, entry[field])])),
      }));
    const stored = new Set<string>();
    if (rows.length > 0) {
      const inserted = (await trx("contracts").insert(rows).onConflict(["unit_id", "year"]).ignore().returning(["unit_id", "year"])) as {
        unit_id: number;
        year: number;
      }[];
      const codeOf = new Map([...units].map(([code, id]) => [id, code]));
      for (const row of inserted) stored.add(`${codeOf.get(row.unit_id)}/${row.year}`);
    }
    onProgress(rows.length);
    return stored;
  },
};

async function storedContracts(knex: Knex, entries: ContractInput[]): Promise<Record<string, unknown>[]> {
  if (entries.length === 0) return [];
  return knex("contracts as c")
    .join("units as u", "u.id", "c.unit_id")
    .whereIn(
      ["u.code", "c.year"],
      entries.map((e) => [e.unitCode, e.year ?? 0]),
    )
    .select("u.code", "c.*");
}
