import { graphql } from "../../gql/index.ts";

export const AuditLogPageDocument = graphql(`
  query AuditLogPage($year: Int, $limit: Int!) {
    auditLog(year: $year, limit: $limit) {
      id
      at
      actor
      action
      year
      reason
      outcome
      details
    }
  }
`);
