import { type Fixed, FIXED_ZERO, compare, fixed2Of, fixedOf, minus, negate, percentOfFixed, plus, roundHalfUp } from "./fixed.ts";
import type { PayLines, UnitContractTerms } from "./types.ts";

/**
 * Performance pay (效益工资, §6). Each line is rounded to the fen on its own and the net is the sum
 * of the rounded lines, so the printed lines always add up to the printed net. Period-agnostic:
 * the same rule settles a quarter-to-date or a full year. No line divides (a percentage only moves
 * the point), so it is all exact fixed-point arithmetic.
 */
export function computePay(terms: UnitContractTerms, revenueActual: string, repairCost: string): PayLines {
  const actual = fixedOf(revenueActual);
  const target = fixedOf(terms.revenueTarget);
  const commissionRate = fixedOf(terms.revenueCommissionRate);
  const overTargetRate = fixedOf(terms.overTargetRate);
  const underTargetRate = fixedOf(terms.underTargetDeductionRate);
  const commission = toFen(percentOfFixed(actual, commissionRate));
  // Only one of the bonus and the deduction can be non-zero; the other is max(0, …) = 0.
  const over = minus(actual, target);
  const overSign = compare(over, FIXED_ZERO);
  const overTargetBonus = overSign > 0 ? toFen(percentOfFixed(over, overTargetRate)) : FIXED_ZERO;
  const underTargetDeduction = overSign < 0 ? toFen(percentOfFixed(negate(over), underTargetRate)) : FIXED_ZERO;
  const saving = minus(fixedOf(terms.repairBudget), fixedOf(repairCost));
  // Savings are shared at the contract rate; overspend is borne in full (超支自负).
  const saved = compare(saving, FIXED_ZERO) >= 0;
  const repairSavingsReward = saved ? toFen(percentOfFixed(saving, fixedOf(terms.repairSavingsRewardRate))) : FIXED_ZERO;
  const repairOverspendCharge = saved ? FIXED_ZERO : toFen(negate(saving));
  const net = minus(plus(minus(plus(commission, overTargetBonus), underTargetDeduction), repairSavingsReward), repairOverspendCharge);
  return {
    commission: fixed2Of(commission),
    overTargetBonus: fixed2Of(overTargetBonus),
    underTargetDeduction: fixed2Of(underTargetDeduction),
    repairSavingsReward: fixed2Of(repairSavingsReward),
    repairOverspendCharge: fixed2Of(repairOverspendCharge),
    net: fixed2Of(net),
  };
}

/** Half-up to the fen (2 decimals). */
function toFen(value: Fixed): Fixed {
  return roundHalfUp(value, 2);
}
