import { graphql } from "../../gql/index.ts";

/** Everything the year-end page and its printed report show, explanations included. */
export const AssessmentPageQuery = graphql(`
  query AssessmentPage($year: Int!, $language: Language!) {
    assessment(year: $year) {
      year
      finalized
      finalizedAt
      scheme {
        isDefault
        minRaters
        weights {
          dimension
          weight
        }
      }
      results {
        rank
        total
        grade
        complete
        completionRate
        collectionRate
        revenueActual
        revenueTarget
        repairCost
        otherCost
        totalFormula(language: $language)
        missing {
          dimension
          have
          need
        }
        unit {
          code
          name
        }
        pay {
          commission
          overTargetBonus
          underTargetDeduction
          repairSavingsReward
          repairOverspendCharge
          net
        }
        scores {
          dimension
          score
          weight
          applicable
          objective
          explanation(language: $language)
          formula(language: $language)
          inputs {
            label(language: $language)
            value
          }
          committee {
            average
            trimmed
            withheld
            counted {
              member
              score
            }
            dropped {
              member
              score
            }
          }
        }
      }
    }
  }
`);

export const FinalizeAssessmentMutation = graphql(`
  mutation FinalizeAssessment($year: Int!) {
    finalizeAssessment(year: $year) {
      year
      finalized
      finalizedAt
    }
  }
`);

export const ReopenAssessmentMutation = graphql(`
  mutation ReopenAssessment($year: Int!, $reason: String!) {
    reopenAssessment(year: $year, reason: $reason) {
      year
      finalized
    }
  }
`);

/** The members who have scored so far: the administrator's score form offers them by name. */
export const CommitteeMembersQuery = graphql(`
  query AssessmentCommitteeMembers {
    committeeMembers {
      id
      name
    }
  }
`);

export const CommitteeScoresQuery = graphql(`
  query AssessmentCommitteeScores($year: Int!) {
    committeeScores(year: $year) {
      id
      dimension
      score
      comment
      updatedAt
      member {
        name
      }
      unit {
        code
        name
      }
    }
  }
`);

export const SubmitScoreMutation = graphql(`
  mutation AssessmentSubmitScore($input: ScoreInput!) {
    submitScore(input: $input) {
      id
      dimension
      score
      comment
      updatedAt
      member {
        name
      }
      unit {
        code
        name
      }
    }
  }
`);

import type { AssessmentPageQuery as AssessmentPageData } from "../../gql/graphql.ts";

export type AssessmentData = AssessmentPageData["assessment"];
export type AssessmentResult = AssessmentData["results"][number];
export type DimensionScoreData = AssessmentResult["scores"][number];

/** Who of the year's committee has not scored what: the finalise button's blockers (names only). */
export const FinalizeBlockersQuery = graphql(`
  query AssessmentFinalizeBlockers($year: Int!) {
    scoringProgress(year: $year) {
      dimension
      raters
      minRaters
      missing
      complete
      unit {
        code
      }
    }
  }
`);

/** Each unit's 实施细则 in force, the committee's reference beside the unit's result. */
export const AssessmentRulesQuery = graphql(`
  query AssessmentRules($year: Int!) {
    implementationRules(year: $year) {
      id
      version
      title
      filedOn
      unit {
        code
      }
      acknowledgements {
        recipient
      }
      versions {
        id
        version
        title
        filedOn
      }
    }
  }
`);
