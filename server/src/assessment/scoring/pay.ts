import { D, ZERO, dec, fixed2, percentOf, round2 } from "./decimal.ts";
import type { PayLines, UnitContractTerms } from "./types.ts";

/**
 * Performance pay (效益工资, §6). Each line is rounded to the fen on its own and the net is the sum
 * of the rounded lines, so the printed lines always add up to the printed net. Period-agnostic:
 * the same rule settles a quarter-to-date or a full year.
 */
export function computePay(terms: UnitContractTerms, revenueActual: string, repairCost: string): PayLines {
  const actual = dec(revenueActual);
  const target = dec(terms.revenueTarget);
  const commission = round2(percentOf(actual, dec(terms.revenueCommissionRate)));
  const overTargetBonus = round2(percentOf(D.max(ZERO, actual.minus(target)), dec(terms.overTargetRate)));
  const underTargetDeduction = round2(percentOf(D.max(ZERO, target.minus(actual)), dec(terms.underTargetDeductionRate)));
  const saving = dec(terms.repairBudget).minus(dec(repairCost));
  // Savings are shared at the contract rate; overspend is borne in full (超支自负).
  const repairSavingsReward = saving.gte(0) ? round2(percentOf(saving, dec(terms.repairSavingsRewardRate))) : ZERO;
  const repairOverspendCharge = saving.gte(0) ? ZERO : round2(saving.neg());
  const net = commission.plus(overTargetBonus).minus(underTargetDeduction).plus(repairSavingsReward).minus(repairOverspendCharge);
  return {
    commission: fixed2(commission),
    overTargetBonus: fixed2(overTargetBonus),
    underTargetDeduction: fixed2(underTargetDeduction),
    repairSavingsReward: fixed2(repairSavingsReward),
    repairOverspendCharge: fixed2(repairOverspendCharge),
    net: fixed2(net),
  };
}
