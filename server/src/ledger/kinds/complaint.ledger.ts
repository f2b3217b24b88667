import { Field, InputType, ObjectType } from "type-graphql";
import type { LedgerKind } from "../ledger-kind.ts";
import { createLedgerResolver } from "../ledger.resolver-factory.ts";
import { LedgerEntryInput, RecordKind, VoidableRecord } from "../ledger.types.ts";
import { voidFromRow } from "../money-ledger.ts";

@ObjectType({ simpleResolvers: true, description: "投诉 — a customer complaint against a unit." })
export class Complaint extends VoidableRecord {
  @Field(() => Boolean, { description: "二次投诉 — the same customer complaining again about the same matter." })
  repeat!: boolean;
}

@InputType({ description: "A complaint to record." })
export class ComplaintInput extends LedgerEntryInput {
  @Field(() => Boolean, { defaultValue: false, description: "二次投诉 — a repeat complaint." })
  repeat!: boolean;
}

export const complaintLedger: LedgerKind<ComplaintInput, Complaint> = {
  kind: RecordKind.COMPLAINT,
  table: "complaints",
  columns: { is_repeat: "boolean" },
  toRow: (entry) => ({ is_repeat: entry.repeat ?? false }),
  check: () => {},
  fromRow: (base, row) => ({ ...base, ...voidFromRow(row), repeat: Boolean(row.is_repeat) }),
  category: { conditions: { REPEAT: "t.is_repeat", FIRST: "not t.is_repeat" } },
  voidable: true,
};

export const ComplaintResolver = createLedgerResolver({
  kind: complaintLedger,
  recordType: Complaint,
  entryType: ComplaintInput,
  listName: "complaintRecords",
  recordName: "recordComplaints",
  what: "complaints (投诉)",
});
