import { graphql } from "../../gql/index.ts";

export const ScoringPageQuery = graphql(`
  query ScoringPage($year: Int!) {
    scoringProgress(year: $year) {
      dimension
      raters
      minRaters
      missing
      complete
      unit {
        ...UnitRef
      }
    }
    committeeMembers(year: $year) {
      id
      name
    }
  }
`);

export const OwnScoresQuery = graphql(`
  query ScoringOwnScores($year: Int!) {
    committeeScores(year: $year) {
      ...CommitteeScoreFields
    }
  }
`);

export const RegisteredMembersQuery = graphql(`
  query ScoringRegisteredMembers {
    committeeMembers {
      id
      name
    }
  }
`);

export const SubmitScoresMutation = graphql(`
  mutation ScoringSubmitScores($year: Int!, $scores: [SheetScoreInput!]!, $member: String) {
    submitScores(year: $year, scores: $scores, member: $member) {
      ...CommitteeScoreFields
    }
  }
`);

export const SetCommitteeMembersMutation = graphql(`
  mutation ScoringSetCommitteeMembers($year: Int!, $members: [String!]!) {
    setCommitteeMembers(year: $year, members: $members) {
      id
      name
    }
  }
`);
