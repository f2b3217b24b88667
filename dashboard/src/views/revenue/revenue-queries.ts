import { skipToken, useQuery } from "@apollo/client/react";
import { graphql } from "../../gql/index.ts";

/**
 * Every unit's remittances per month and category (at most 12 rows per unit, summed by the
 * database). Fetched for all units at once: the per-unit charts and the department total both
 * need them, and the unit filter then switches without a round trip.
 */
export const RevenueMonthlyQuery = graphql(`
  query RevenueMonthly($year: Int!) {
    monthlyTotals(year: $year) {
      month
      revenue
      viewingFee
      inspectionFee
      arrears
      unit {
        code
      }
    }
  }
`);

/** Per unit: target, revenue to the as-of day and the server's projection of the year end. */
export const RevenueProjectionQuery = graphql(`
  query RevenueProjection($year: Int!, $asOf: Date!) {
    revenueProjection(year: $year, asOf: $asOf) {
      asOf
      basis
      revenueTarget
      revenueToDate
      projectedRevenue
      completionToDate
      projectedCompletion
      expectedShareToDate
      remainingWeeks
      weeklyAmountNeeded
      unit {
        code
        name
      }
    }
  }
`);

export function useRevenueMonthly(year: number | null) {
  return useQuery(RevenueMonthlyQuery, year === null ? skipToken : { variables: { year } });
}

export function useRevenueProjection(year: number | null, asOf: string | null) {
  return useQuery(RevenueProjectionQuery, year === null || asOf === null ? skipToken : { variables: { year, asOf } });
}

/** §9 收缴率 month by month: every unit the viewer reads and the department (unit null). */
export const CollectionByMonthQuery = graphql(`
  query CollectionByMonth($year: Int!) {
    collectionByMonth(year: $year) {
      unit {
        code
      }
      months {
        month
        hasRegister
        receivable
        collected
        collectionRate
      }
    }
  }
`);

export function useCollectionByMonth(year: number | null) {
  return useQuery(CollectionByMonthQuery, year === null ? skipToken : { variables: { year } });
}
