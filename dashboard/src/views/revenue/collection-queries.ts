import { skipToken, useQuery } from "@apollo/client/react";
import { graphql } from "../../gql/index.ts";

/**
 * 收缴率 (§9): each unit's and the department's rate month by month (the chart), and the year's
 * receivable, collected, rate and arrears per unit with the department's figures for 合计 (the
 * table). Every sum and rate is the server's (SQL, exact decimals); the dashboard only draws.
 */
export const CollectionQuery = graphql(`
  query RevenueCollection($year: Int!) {
    collectionByMonth(year: $year) {
      unit {
        ...UnitRef
      }
      months {
        month
        hasRegister
        collectionRate
      }
    }
    collectionByUnit(year: $year) {
      ...CollectionFiguresFields
    }
    collection(year: $year) {
      ...CollectionFiguresFields
    }
  }
`);

// Spread by name in the query above; the table reads each row and the 合计 through it.
graphql(`
  fragment CollectionFiguresFields on CollectionFigures {
    unit {
      ...UnitRef
    }
    unitCount
    monthsWithRegister
    receivable
    collected
    collectionRate
    openingArrears
    arrearsRecovered
    arrearsRecoveryRate
  }
`);

export function useCollection(year: number | null) {
  return useQuery(CollectionQuery, year === null ? skipToken : { variables: { year } });
}
