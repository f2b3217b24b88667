import { Field, InputType, ObjectType } from "type-graphql";
import { CallbackOutcome } from "../../common/enums.ts";
import type { LedgerKind } from "../ledger-kind.ts";
import { createLedgerResolver } from "../ledger.resolver-factory.ts";
import { LedgerEntryInput, RecordKind, VoidableRecord } from "../ledger.types.ts";
import { voidFromRow } from "../money-ledger.ts";

@ObjectType({ simpleResolvers: true, description: "回访 — a service callback to a customer after a repair or a fee visit." })
export class Callback extends VoidableRecord {
  @Field(() => CallbackOutcome, { description: "What the customer said." })
  outcome!: CallbackOutcome;
}

@InputType({ description: "A service callback to record." })
export class CallbackInput extends LedgerEntryInput {
  @Field(() => CallbackOutcome, { description: "What the customer said." })
  outcome!: CallbackOutcome;
}

export const callbackLedger: LedgerKind<CallbackInput, Callback> = {
  kind: RecordKind.CALLBACK,
  table: "callbacks",
  columns: { outcome: "text" },
  toRow: (entry) => ({ outcome: entry.outcome }),
  check: () => {},
  fromRow: (base, row) => ({ ...base, ...voidFromRow(row), outcome: row.outcome as CallbackOutcome }),
  category: { column: "outcome", values: Object.values(CallbackOutcome) },
  voidable: true,
};

export const CallbackResolver = createLedgerResolver({
  kind: callbackLedger,
  recordType: Callback,
  entryType: CallbackInput,
  listName: "callbackRecords",
  recordName: "recordCallbacks",
  what: "service callbacks (回访)",
});
