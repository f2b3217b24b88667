import { graphql } from "../../gql/index.ts";

export const WhatIfSchemeQuery = graphql(`
  query WhatIfScheme($year: Int!) {
    scheme(year: $year) {
      year
      isDefault
      complaintPenalty
      cooperationObjectiveShare
      costCap
      minRaters
      overspendPenaltyPerPct
      refusedDispatchPenalty
      repeatComplaintPenalty
      revenueCap
      revenueCollectionShare
      satisfactionObjectiveShare
      savingBonusPerPct
      trimThreshold
      weights {
        dimension
        weight
      }
      gradeThresholds {
        grade
        minTotal
      }
    }
  }
`);

/** The ranking under the trial scheme; nothing is stored. */
export const SimulateAssessmentQuery = graphql(`
  query WhatIfSimulate($year: Int!, $scheme: SchemeInput!) {
    simulateAssessment(year: $year, scheme: $scheme) {
      year
      finalized
      results {
        rank
        baselineRank
        rankChange
        total
        grade
        complete
        unit {
          ...UnitRef
        }
        scores {
          dimension
          score
          applicable
        }
      }
    }
  }
`);

export const SaveSchemeMutation = graphql(`
  mutation WhatIfSaveScheme($year: Int!, $input: SchemeInput!) {
    setScheme(year: $year, input: $input) {
      year
      isDefault
    }
  }
`);
