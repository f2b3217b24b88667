import { ZERO, dec, fixed2Exact, percentOf, round2 } from "./decimal.ts";
import type { PayLines, UnitContractTerms } from "./types.ts";

/**
 * Performance pay (效益工资, §6). Each line is rounded to the fen on its own and the net is the sum
 * of the rounded lines, so the printed lines always add up to the printed net. Period-agnostic:
 * the same rule settles a quarter-to-date or a full year.
 */
export function computePay(terms: UnitContractTerms, revenueActual: string, repairCost: string): PayLines {
  const actual = dec(revenueActual);
  const target = dec(terms.revenueTarget);
  const commissionRate = dec(terms.revenueCommissionRate);
  const overTargetRate = dec(terms.overTargetRate);
  const underTargetRate = dec(terms.underTargetDeductionRate);
  const commission = round2(percentOf(actual, commissionRate));
  // Only one of the bonus and the deduction can be non-zero; the other is max(0, …) = 0 without computing it.
  const over = actual.minus(target);
  const overTargetBonus = over.gt(0) ? round2(percentOf(over, overTargetRate)) : ZERO;
  const underTargetDeduction = over.lt(0) ? round2(percentOf(over.neg(), underTargetRate)) : ZERO;
  const saving = dec(terms.repairBudget).minus(dec(repairCost));
  // Savings are shared at the contract rate; overspend is borne in full (超支自负).
  const repairSavingsReward = saving.gte(0) ? round2(percentOf(saving, dec(terms.repairSavingsRewardRate))) : ZERO;
  const repairOverspendCharge = saving.gte(0) ? ZERO : round2(saving.neg());
  const net = commission.plus(overTargetBonus).minus(underTargetDeduction).plus(repairSavingsReward).minus(repairOverspendCharge);
  // Every line is already whole fen, and so is their sum: printing needs no second rounding.
  return {
    commission: fixed2Exact(commission),
    overTargetBonus: fixed2Exact(overTargetBonus),
    underTargetDeduction: fixed2Exact(underTargetDeduction),
    repairSavingsReward: fixed2Exact(repairSavingsReward),
    repairOverspendCharge: fixed2Exact(repairOverspendCharge),
    net: fixed2Exact(net),
  };
}
