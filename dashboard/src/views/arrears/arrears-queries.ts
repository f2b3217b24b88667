import { graphql } from "../../gql/index.ts";

/**
 * 欠费户 of a year: the register (filtered by unit, status and aging on the server), the aging
 * buckets per unit and the dunning per unit and month. Personal data arrive masked from the server
 * for every role but the unit's own head, the clerk and administrators: the page never unmasks.
 */
export const ArrearsPageQuery = graphql(`
  query ArrearsPage($year: Int!, $unitCode: String, $status: ArrearsStatus, $aging: AgingBucket) {
    arrearsHouseholds(year: $year, unitCode: $unitCode, status: $status, aging: $aging) {
      id
      year
      reference
      name
      contact
      address
      masked
      yearsInArrears
      aging
      amountOwed
      amountPaid
      outstanding
      dunningCount
      status
      statusReason
      unit {
        ...UnitRef
      }
    }
    arrearsAging(year: $year, unitCode: $unitCode) {
      bucket
      households
      amountOwed
      outstanding
      unit {
        ...UnitRef
      }
    }
    dunningByMonth(year: $year, unitCode: $unitCode) {
      month
      actions
      amountPaid
      unit {
        ...UnitRef
      }
    }
  }
`);

/** 催缴记录 of one household. */
export const DunningLogQuery = graphql(`
  query ArrearsDunningLog($year: Int!, $unitCode: String!, $reference: String!) {
    dunningLog(year: $year, unitCode: $unitCode, reference: $reference) {
      id
      date
      method
      outcome
      amountPaid
    }
  }
`);

export const SetArrearsStatusMutation = graphql(`
  mutation ArrearsSetStatus($input: ArrearsStatusInput!) {
    setArrearsStatus(input: $input) {
      id
      status
      statusReason
    }
  }
`);
