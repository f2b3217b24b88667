import { graphql } from "../../gql/index.ts";

export const PayrollQuery = graphql(`
  query PayPayroll($year: Int!, $quarter: Int) {
    payroll(year: $year, quarter: $quarter) {
      quarter
      periodStart
      periodEnd
      revenueTarget
      revenueActual
      repairBudget
      repairCost
      unit {
        ...UnitRef
      }
      pay {
        commission
        overTargetBonus
        underTargetDeduction
        repairSavingsReward
        repairOverspendCharge
        net
      }
    }
  }
`);
