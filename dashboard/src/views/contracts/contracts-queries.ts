import { graphql } from "../../gql/index.ts";

/** A contract's terms as the contracts table, its edit form and the new-year preview show them. */
// Spread by name (...ContractTerms) in the documents that use it; codegen inlines it there.
graphql(`
  fragment ContractTerms on Contract {
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
      ...UnitRef
    }
  }
`);

export const ContractsPage = graphql(`
  query ContractsPage($year: Int!) {
    contracts(year: $year) {
      ...ContractTerms
      staffOnRoster
      vehiclesOnRoster
    }
  }
`);

export const SetContractMutation = graphql(`
  mutation ContractsSetContract($input: ContractInput!) {
    setContract(input: $input) {
      ...ContractTerms
    }
  }
`);
