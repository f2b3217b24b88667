import { useMutation } from "@apollo/client/react";
import type { CallbackInput, ComplaintInput, CostInput, DispatchInput, HouseholdsInput, RevenueInput } from "../../gql/graphql.ts";
import type { RecordKind } from "./entry-kinds.ts";
import {
  RecordCallbacksMutation,
  RecordComplaintsMutation,
  RecordCostsMutation,
  RecordDispatchesMutation,
  RecordHouseholdsMutation,
  RecordRevenueMutation,
} from "./entry-queries.ts";

export interface BatchResult {
  inserted: number;
  duplicates: string[];
}

type Entry = Record<string, string | boolean | number>;

/** One `record(kind, entries)` over the six batch mutations; refreshes every view's figures. */
export function useRecordBatch() {
  const options = { refetchQueries: "active" as const };
  const [revenue, r1] = useMutation(RecordRevenueMutation, options);
  const [costs, r2] = useMutation(RecordCostsMutation, options);
  const [callbacks, r3] = useMutation(RecordCallbacksMutation, options);
  const [complaints, r4] = useMutation(RecordComplaintsMutation, options);
  const [dispatches, r5] = useMutation(RecordDispatchesMutation, options);
  const [households, r6] = useMutation(RecordHouseholdsMutation, options);

  // The grid builds entries from the column specs of entry-kinds.ts, which follow these inputs.
  async function record(kind: RecordKind, entries: Entry[]): Promise<BatchResult> {
    switch (kind) {
      case "revenue":
        return (await revenue({ variables: { entries: entries as unknown as RevenueInput[] } })).data!.recordRevenue;
      case "costs":
        return (await costs({ variables: { entries: entries as unknown as CostInput[] } })).data!.recordCosts;
      case "callbacks":
        return (await callbacks({ variables: { entries: entries as unknown as CallbackInput[] } })).data!.recordCallbacks;
      case "complaints":
        return (await complaints({ variables: { entries: entries as unknown as ComplaintInput[] } })).data!.recordComplaints;
      case "dispatches":
        return (await dispatches({ variables: { entries: entries as unknown as DispatchInput[] } })).data!.recordDispatches;
      case "households":
        return (await households({ variables: { entries: entries as unknown as HouseholdsInput[] } })).data!.recordHouseholds;
    }
  }

  return { record, saving: [r1, r2, r3, r4, r5, r6].some((r) => r.loading) };
}
