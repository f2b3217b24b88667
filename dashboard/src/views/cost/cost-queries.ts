import { skipToken, useQuery } from "@apollo/client/react";
import { graphql } from "../../gql/index.ts";

/** Budgets from the contracts, counted costs from the database's year totals. */
export const CostYearQuery = graphql(`
  query CostYear($year: Int!) {
    contracts(year: $year) {
      repairBudget
      baseExpense
      repairBudgetFromMonth
      unit {
        ...UnitRef
      }
    }
    yearTotals(year: $year) {
      repairCost
      otherCost
      repairCostBeforeWindow
      warrantyExchangeAmount
      unit {
        ...UnitRef
      }
    }
  }
`);

/** Counted costs per unit and month (at most 12 rows per unit). */
export const CostMonthlyQuery = graphql(`
  query CostMonthly($year: Int!) {
    monthlyTotals(year: $year) {
      month
      repairCost
      otherCost
      unit {
        code
      }
    }
  }
`);

export function useCostYear(year: number | null) {
  return useQuery(CostYearQuery, year === null ? skipToken : { variables: { year } });
}

export function useCostMonthly(year: number | null) {
  return useQuery(CostMonthlyQuery, year === null ? skipToken : { variables: { year } });
}
