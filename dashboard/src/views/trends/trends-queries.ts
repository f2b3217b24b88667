import { skipToken, useQuery } from "@apollo/client/react";
import { graphql } from "../../gql/index.ts";

/** Every unit's result in every year of the range: frozen where finalised, the live preview otherwise. */
export const TrendsRangeQuery = graphql(`
  query TrendsRange($fromYear: Int!, $toYear: Int!) {
    trends(fromYear: $fromYear, toYear: $toYear) {
      year
      total
      rank
      grade
      completionRate
      finalized
      unit {
        ...UnitRef
      }
      scores {
        dimension
        score
      }
    }
  }
`);

/** All years the server knows, oldest to newest (the year picker's list, so no extra request). */
export function useTrends(years: readonly number[]) {
  const fromYear = years.length ? Math.min(...years) : null;
  const toYear = years.length ? Math.max(...years) : null;
  return useQuery(TrendsRangeQuery, fromYear === null || toYear === null ? skipToken : { variables: { fromYear, toYear } });
}
