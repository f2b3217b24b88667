import { parseWanToYuan, yuanToWanInput } from "../../format/money.ts";

/**
 * A contract edit form: money typed in 万元 and converted to exact yuan strings by shifting
 * digits (never through floating point), counts and rates checked like the server does.
 */
export const MONEY_FIELDS = ["revenueTarget", "baseExpense", "repairBudget"] as const;
export const COUNT_FIELDS = ["staffCount", "vehicleCount"] as const;
export const RATE_FIELDS = ["revenueCommissionRate", "overTargetRate", "underTargetDeductionRate", "repairSavingsRewardRate"] as const;
export const FORM_FIELDS = [...MONEY_FIELDS, ...COUNT_FIELDS, "repairBudgetFromMonth", ...RATE_FIELDS] as const;
export type ContractField = (typeof FORM_FIELDS)[number];
export type ContractFormValues = Record<ContractField, string>;

export interface ContractLike {
  revenueTarget: string;
  baseExpense: string;
  repairBudget: string;
  staffCount: number;
  vehicleCount: number;
  repairBudgetFromMonth: number;
  revenueCommissionRate: number;
  overTargetRate: number;
  underTargetDeductionRate: number;
  repairSavingsRewardRate: number;
}

export function formFromContract(contract: ContractLike | null): ContractFormValues {
  if (!contract) {
    return {
      revenueTarget: "",
      baseExpense: "",
      repairBudget: "",
      staffCount: "",
      vehicleCount: "",
      repairBudgetFromMonth: "1",
      revenueCommissionRate: "",
      overTargetRate: "",
      underTargetDeductionRate: "",
      repairSavingsRewardRate: "",
    };
  }
  return {
    revenueTarget: yuanToWanInput(contract.revenueTarget),
    baseExpense: yuanToWanInput(contract.baseExpense),
    repairBudget: yuanToWanInput(contract.repairBudget),
    staffCount: String(contract.staffCount),
    vehicleCount: String(contract.vehicleCount),
    repairBudgetFromMonth: String(contract.repairBudgetFromMonth),
    revenueCommissionRate: String(contract.revenueCommissionRate),
    overTargetRate: String(contract.overTargetRate),
    underTargetDeductionRate: String(contract.underTargetDeductionRate),
    repairSavingsRewardRate: String(contract.repairSavingsRewardRate),
  };
}

export type ContractFieldError = "required" | "format" | "precision" | "positive" | "range" | "integer";

export interface ContractInputLike {
  year: number;
  unitCode: string;
  revenueTarget: string;
  baseExpense: string;
  repairBudget: string;
  staffCount: number;
  vehicleCount: number;
  repairBudgetFromMonth: number;
  revenueCommissionRate: number;
  overTargetRate: number;
  underTargetDeductionRate: number;
  repairSavingsRewardRate: number;
}

export type ContractFormResult = { ok: true; input: ContractInputLike } | { ok: false; errors: Partial<Record<ContractField, ContractFieldError>> };

export function inputFromContractForm(year: number, unitCode: string, form: ContractFormValues): ContractFormResult {
  const errors: Partial<Record<ContractField, ContractFieldError>> = {};
  const money: Partial<Record<(typeof MONEY_FIELDS)[number], string>> = {};
  for (const field of MONEY_FIELDS) {
    const parsed = parseWanToYuan(form[field]);
    if (!parsed.ok) errors[field] = parsed.reason === "empty" ? "required" : parsed.reason;
    else if (field === "revenueTarget" && /^0+\.00$/.test(parsed.yuan)) errors[field] = "positive";
    else money[field] = parsed.yuan;
  }
  const integer = (field: ContractField, min: number, max: number): number => {
    const text = form[field].trim();
    if (text === "") errors[field] = "required";
    else if (!/^\d+$/.test(text)) errors[field] = "integer";
    else if (Number(text) < min || Number(text) > max) errors[field] = "range";
    return Number(text);
  };
  const staffCount = integer("staffCount", 0, 10000);
  const vehicleCount = integer("vehicleCount", 0, 10000);
  const repairBudgetFromMonth = integer("repairBudgetFromMonth", 1, 12);
  const rates: Partial<Record<(typeof RATE_FIELDS)[number], number>> = {};
  for (const field of RATE_FIELDS) {
    const text = form[field].trim();
    if (text === "") errors[field] = "required";
    else if (!/^\d+(\.\d{1,2})?$/.test(text)) errors[field] = /^\d+\.\d{3,}$/.test(text) ? "precision" : "format";
    else if (Number(text) > 100) errors[field] = "range";
    else rates[field] = Number(text);
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    input: {
      year,
      unitCode,
      revenueTarget: money.revenueTarget!,
      baseExpense: money.baseExpense!,
      repairBudget: money.repairBudget!,
      staffCount,
      vehicleCount,
      repairBudgetFromMonth,
      revenueCommissionRate: rates.revenueCommissionRate!,
      overTargetRate: rates.overTargetRate!,
      underTargetDeductionRate: rates.underTargetDeductionRate!,
      repairSavingsRewardRate: rates.repairSavingsRewardRate!,
    },
  };
}
