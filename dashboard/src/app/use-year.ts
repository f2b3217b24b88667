import { useQuery } from "@apollo/client/react";
import { graphql } from "../gql/index.ts";
import { parseYear, useSearchParam } from "../url/url-state.ts";

const YearsQuery = graphql(`
  query Years {
    years
  }
`);

/**
 * The year every view shows: the URL's `year` when the server knows it, else the newest year.
 * `setYear` adds a history entry, so back returns to the previous year.
 */
export function useYear() {
  // Years change only when a new year is set up: read once, not on every view switch.
  const { data, loading, error } = useQuery(YearsQuery, { fetchPolicy: "cache-first" });
  const [param, setParam] = useSearchParam("year");
  const years = data?.years ?? [];
  const wanted = parseYear(param);
  const year = wanted !== null && (years.includes(wanted) || years.length === 0) ? wanted : (years[0] ?? null);
  return { year, years, loading: loading && !data, error, setYear: (next: number) => setParam(next) };
}
