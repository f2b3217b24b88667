import { Field, InputType, ObjectType } from "type-graphql";
import { DispatchKind, DispatchOutcome } from "../../common/enums.ts";
import type { LedgerKind } from "../ledger-kind.ts";
import { createLedgerResolver } from "../ledger.resolver-factory.ts";
import { LedgerEntryInput, RecordKind, VoidableRecord } from "../ledger.types.ts";
import { voidFromRow } from "../money-ledger.ts";

@ObjectType({ simpleResolvers: true, description: "调度 — a cross-district dispatch order given to a unit, and how it answered." })
export class DispatchOrder extends VoidableRecord {
  @Field(() => DispatchKind, { description: "What the order was for." })
  kind!: DispatchKind;

  @Field(() => DispatchOutcome, { description: "How the unit answered." })
  outcome!: DispatchOutcome;
}

@InputType({ description: "A dispatch order to record." })
export class DispatchInput extends LedgerEntryInput {
  @Field(() => DispatchKind, { description: "What the order was for." })
  kind!: DispatchKind;

  @Field(() => DispatchOutcome, { description: "How the unit answered." })
  outcome!: DispatchOutcome;
}

export const dispatchLedger: LedgerKind<DispatchInput, DispatchOrder> = {
  kind: RecordKind.DISPATCH,
  table: "dispatch_orders",
  columns: { kind: "text", outcome: "text" },
  toRow: (entry) => ({ kind: entry.kind, outcome: entry.outcome }),
  check: () => {},
  fromRow: (base, row) => ({ ...base, ...voidFromRow(row), kind: row.kind as DispatchKind, outcome: row.outcome as DispatchOutcome }),
  category: { column: "outcome", values: Object.values(DispatchOutcome) },
  voidable: true,
};

export const DispatchResolver = createLedgerResolver({
  kind: dispatchLedger,
  recordType: DispatchOrder,
  entryType: DispatchInput,
  listName: "dispatchRecords",
  recordName: "recordDispatches",
  what: "dispatch orders (调度)",
});
