import { graphql } from "../../gql/index.ts";

export const ContractsPage = graphql(`
  query ContractsPage($year: Int!) {
    contracts(year: $year) {
      year
      revenueTarget
      staffCount
      vehicleCount
      baseExpense
      repairBudget
      repairBudgetFromMonth
      revenueCommissionRate
      overTargetRate
      underTargetDeductionRate
      repairSavingsRewardRate
      unit {
        code
        name
      }
    }
  }
`);

/** Separate from the rows: station heads may read their contract but not the totals. */
export const ContractTotalsQuery = graphql(`
  query ContractsTotals($year: Int!) {
    contractTotals(year: $year) {
      unitCount
      revenueTarget
      staffCount
      vehicleCount
      baseExpense
      repairBudget
    }
  }
`);

export const SetContractMutation = graphql(`
  mutation ContractsSetContract($input: ContractInput!) {
    setContract(input: $input) {
      year
      revenueTarget
      staffCount
      vehicleCount
      baseExpense
      repairBudget
      repairBudgetFromMonth
      revenueCommissionRate
      overTargetRate
      underTargetDeductionRate
      repairSavingsRewardRate
      unit {
        code
        name
      }
    }
  }
`);
