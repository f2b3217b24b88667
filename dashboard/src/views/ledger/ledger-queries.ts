import { graphql } from "../../gql/index.ts";

export const RevenueLedgerQuery = graphql(`
  query RevenueLedger($filter: RecordFilter, $orderBy: RecordOrder, $first: Int, $after: String) {
    revenueRecords(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      sum
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          date
          reference
          category
          amount
          netAmount
          correction
          corrects
          correctedBy
          recordedAt
          unit {
            id
            code
          }
        }
      }
    }
  }
`);

export const CostLedgerQuery = graphql(`
  query CostLedger($filter: RecordFilter, $orderBy: RecordOrder, $first: Int, $after: String) {
    costRecords(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      sum
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          date
          reference
          category
          amount
          netAmount
          correction
          corrects
          correctedBy
          warrantyExchange
          recordedAt
          unit {
            id
            code
          }
        }
      }
    }
  }
`);

export const CallbackLedgerQuery = graphql(`
  query CallbackLedger($filter: RecordFilter, $orderBy: RecordOrder, $first: Int, $after: String) {
    callbackRecords(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          date
          reference
          outcome
          voided
          voidReason
          voidedBy
          voidedAt
          recordedAt
          unit {
            id
            code
          }
        }
      }
    }
  }
`);

export const ComplaintLedgerQuery = graphql(`
  query ComplaintLedger($filter: RecordFilter, $orderBy: RecordOrder, $first: Int, $after: String) {
    complaintRecords(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          date
          reference
          repeat
          voided
          voidReason
          voidedBy
          voidedAt
          recordedAt
          unit {
            id
            code
          }
        }
      }
    }
  }
`);

export const DispatchLedgerQuery = graphql(`
  query DispatchLedger($filter: RecordFilter, $orderBy: RecordOrder, $first: Int, $after: String) {
    dispatchRecords(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          date
          reference
          kind
          outcome
          voided
          voidReason
          voidedBy
          voidedAt
          recordedAt
          unit {
            id
            code
          }
        }
      }
    }
  }
`);

export const VoidRecordMutation = graphql(`
  mutation LedgerVoidRecord($kind: RecordKind!, $reference: String!, $reason: String!) {
    voidRecord(kind: $kind, reference: $reference, reason: $reason)
  }
`);
