import { graphql } from "../../gql/index.ts";

export const OpenYearPreviewQuery = graphql(`
  query OpenYearPreview($year: Int!, $copyFrom: Int!, $pct: Float) {
    openYearPreview(year: $year, copyFrom: $copyFrom, revenueTargetChangePct: $pct) {
      ...ContractTerms
      unit {
        nameEn
      }
    }
  }
`);

export const OpenYearMutation = graphql(`
  mutation OpenYear($year: Int!, $copyFrom: Int!, $pct: Float, $contracts: [ContractInput!]) {
    openYear(year: $year, copyFrom: $copyFrom, revenueTargetChangePct: $pct, contracts: $contracts) {
      year
      revenueTarget
      unit {
        code
      }
    }
  }
`);
