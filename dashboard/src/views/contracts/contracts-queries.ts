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
      staffOnRoster
      vehiclesOnRoster
      unit {
        code
        name
      }
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
