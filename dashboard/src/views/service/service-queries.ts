import { skipToken, useQuery } from "@apollo/client/react";
import { graphql } from "../../gql/index.ts";

/** Per unit: callbacks by outcome, complaints, dispatch orders by outcome (counted by the database). */
export const ServiceYearQuery = graphql(`
  query ServiceYear($year: Int!) {
    yearTotals(year: $year) {
      callbacksSatisfied
      callbacksBasicallySatisfied
      callbacksDissatisfied
      complaints
      repeatComplaints
      dispatchesOnTime
      dispatchesLate
      dispatchesRefused
      unit {
        ...UnitRef
      }
    }
  }
`);

/** The same counts per unit and month (at most 12 rows per unit). */
export const ServiceMonthlyQuery = graphql(`
  query ServiceMonthly($year: Int!) {
    monthlyTotals(year: $year) {
      month
      callbacksSatisfied
      callbacksBasicallySatisfied
      callbacksDissatisfied
      complaints
      repeatComplaints
      dispatchesOnTime
      dispatchesLate
      dispatchesRefused
      unit {
        code
      }
    }
  }
`);

/** Every committee member's score of the year (a few dozen rows). */
export const ServiceCommitteeQuery = graphql(`
  query ServiceCommittee($year: Int!) {
    committeeScores(year: $year) {
      id
      dimension
      score
      unit {
        ...UnitRef
      }
    }
  }
`);

export function useServiceYear(year: number | null) {
  return useQuery(ServiceYearQuery, year === null ? skipToken : { variables: { year } });
}

export function useServiceMonthly(year: number | null) {
  return useQuery(ServiceMonthlyQuery, year === null ? skipToken : { variables: { year } });
}

export function useServiceCommittee(year: number | null) {
  return useQuery(ServiceCommitteeQuery, year === null ? skipToken : { variables: { year } });
}
