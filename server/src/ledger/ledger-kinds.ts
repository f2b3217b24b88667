import type { AnyLedgerKind } from "./ledger-kind.ts";
import { RecordKind } from "./ledger.types.ts";
import { callbackLedger } from "./kinds/callback.ledger.ts";
import { complaintLedger } from "./kinds/complaint.ledger.ts";
import { costLedger } from "./kinds/cost.ledger.ts";
import { dispatchLedger } from "./kinds/dispatch.ledger.ts";
import { revenueLedger } from "./kinds/revenue.ledger.ts";

/** Every ledger by its RecordKind (voidRecord, the import and export doors). */
export const LEDGER_KINDS: Record<RecordKind, AnyLedgerKind> = {
  [RecordKind.REVENUE]: revenueLedger,
  [RecordKind.COST]: costLedger,
  [RecordKind.CALLBACK]: callbackLedger,
  [RecordKind.COMPLAINT]: complaintLedger,
  [RecordKind.DISPATCH]: dispatchLedger,
};
