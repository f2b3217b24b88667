import { graphql } from "../../gql/index.ts";

export const RuleVersionFields = graphql(`
  fragment RuleVersionFields on ImplementationRule {
    id
    version
    title
    text
    filedOn
    filedBy
    reference
    attachments {
      id
      fileName
      contentType
      size
      url
    }
    acknowledgements {
      recipient
      acknowledgedBy
      acknowledgedAt
    }
  }
`);

export const RulesPageQuery = graphql(`
  query RulesPage($year: Int!) {
    implementationRules(year: $year) {
      ...RuleVersionFields
      unit {
        code
      }
      versions {
        ...RuleVersionFields
      }
    }
  }
`);

export const FileRuleMutation = graphql(`
  mutation RulesFileRule($input: ImplementationRuleInput!) {
    fileImplementationRule(input: $input) {
      id
      version
      unit {
        code
      }
    }
  }
`);

export const AcknowledgeRuleMutation = graphql(`
  mutation RulesAcknowledge($id: ID!) {
    acknowledgeImplementationRule(id: $id) {
      ...RuleVersionFields
    }
  }
`);
