import { skipToken, useQuery } from "@apollo/client/react";
import { can, useViewer } from "../auth/index.ts";
import { readScope, type ReadScope } from "../auth/read-scope.ts";
import { graphql } from "../gql/index.ts";

/** Whether a year is finalised; the assessment's flag (cached with the assessment page's own query). */
const YearStatusQuery = graphql(`
  query YearStatus($year: Int!) {
    assessment(year: $year) {
      year
      finalized
    }
  }
`);

/** True once the year is finalised, false while open, null while unknown (loading, no year). */
export function useYearFinalized(year: number | null): boolean | null {
  const { data } = useQuery(YearStatusQuery, year === null ? skipToken : { variables: { year } });
  return data?.assessment.finalized ?? null;
}

/** The units the viewer's figures of `year` cover (see readScope); asks only for station heads. */
export function useReadScope(year: number | null): ReadScope {
  const viewer = useViewer();
  const readsAll = can(viewer, "readAllUnits");
  const { data } = useQuery(YearStatusQuery, year === null || readsAll ? skipToken : { variables: { year } });
  return readScope(viewer, data?.assessment.finalized ?? null);
}
