import { Field, InputType, ObjectType } from "type-graphql";
import { CallbackOutcome } from "../../common/enums.ts";
import type { LedgerKind } from "../ledger-kind.ts";
import { createLedgerResolver } from "../ledger.resolver-factory.ts";
import { LedgerEntryInput, LedgerRecord } from "../ledger.types.ts";

@ObjectType({ description: "回访 — a service callback to a customer after a repair or a fee visit." })
export class Callback extends LedgerRecord {
  @Field(() => CallbackOutcome, { description: "What the customer said." })
  outcome!: CallbackOutcome;
}

@InputType({ description: "A service callback to record." })
export class CallbackInput extends LedgerEntryInput {
  @Field(() => CallbackOutcome, { description: "What the customer said." })
  outcome!: CallbackOutcome;
}

export const callbackLedger: LedgerKind<CallbackInput, Callback> = {
  table: "callbacks",
  columns: ["outcome"],
  toRow: (entry) => ({ outcome: entry.outcome }),
  check: () => {},
  fromRow: (base, row) => ({ ...base, outcome: row.outcome as CallbackOutcome }),
};

export const CallbackResolver = createLedgerResolver({
  kind: callbackLedger,
  recordType: Callback,
  entryType: CallbackInput,
  listName: "callbacks",
  recordName: "recordCallbacks",
  what: "service callbacks (回访)",
});
