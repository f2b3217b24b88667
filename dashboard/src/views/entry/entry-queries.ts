import { graphql } from "../../gql/index.ts";

export const RecordRevenueMutation = graphql(`
  mutation EntryRecordRevenue($entries: [RevenueInput!]!) {
    recordRevenue(entries: $entries) {
      inserted
      duplicates
    }
  }
`);

export const RecordCostsMutation = graphql(`
  mutation EntryRecordCosts($entries: [CostInput!]!) {
    recordCosts(entries: $entries) {
      inserted
      duplicates
    }
  }
`);

export const RecordCallbacksMutation = graphql(`
  mutation EntryRecordCallbacks($entries: [CallbackInput!]!) {
    recordCallbacks(entries: $entries) {
      inserted
      duplicates
    }
  }
`);

export const RecordComplaintsMutation = graphql(`
  mutation EntryRecordComplaints($entries: [ComplaintInput!]!) {
    recordComplaints(entries: $entries) {
      inserted
      duplicates
    }
  }
`);

export const RecordDispatchesMutation = graphql(`
  mutation EntryRecordDispatches($entries: [DispatchInput!]!) {
    recordDispatches(entries: $entries) {
      inserted
      duplicates
    }
  }
`);

export const RecordHouseholdsMutation = graphql(`
  mutation EntryRecordHouseholds($entries: [HouseholdsInput!]!) {
    recordHouseholds(entries: $entries) {
      inserted
      duplicates
    }
  }
`);
