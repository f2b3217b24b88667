import { skipToken, useQuery } from "@apollo/client/react";
import { graphql } from "../../gql/index.ts";

/**
 * The year's arrears register with each household's dunning log, the aging buckets and the
 * monthly dunning — every unit the viewer may read (a station head: their own), filtered on the
 * page, so the unit filter never asks for a unit the server would refuse. Personal data comes
 * masked from the server for every role but the unit's head, the clerk and administrators.
 */
export const ArrearsQuery = graphql(`
  query Arrears($year: Int!) {
    arrearsHouseholds(year: $year) {
      id
      unit {
        code
      }
      reference
      name
      contact
      address
      masked
      yearsInArrears
      aging
      amountOwed
      amountPaid
      outstanding
      status
      statusReason
      dunningCount
      dunning {
        id
        date
        method
        outcome
        amountPaid
      }
    }
    arrearsAging(year: $year) {
      unit {
        code
      }
      bucket
      households
      amountOwed
      outstanding
    }
    dunningByMonth(year: $year) {
      unit {
        code
      }
      month
      actions
      amountPaid
    }
  }
`);

export function useArrears(year: number | null) {
  return useQuery(ArrearsQuery, year === null ? skipToken : { variables: { year } });
}
