import { graphql } from "../../gql/index.ts";

export const AuditLogPageDocument = graphql(`
  query AuditLogPage($year: Int, $limit: Int!, $actor: String, $action: String, $from: Date, $to: Date) {
    auditActions
    auditLog(year: $year, limit: $limit, actor: $actor, action: $action, from: $from, to: $to) {
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
