import { CallbackInput, callbackLedger } from "../../ledger/kinds/callback.ledger.ts";
import { parseChoiceCell } from "../cells.ts";
import { CALLBACK_OUTCOME_LABELS } from "../labels.ts";
import { ledgerImport } from "../ledger-import.ts";

export const callbackImport = ledgerImport({
  name: "callbacks",
  ledger: callbackLedger,
  entryType: CallbackInput,
  columns: [
    {
      field: "outcome",
      headers: ["回访结果", "结果", "满意度", "outcome", "result"],
      required: true,
      parse: (cell) => parseChoiceCell(cell, CALLBACK_OUTCOME_LABELS),
    },
  ],
  totals: (entry) => ({ category: entry.outcome, amount: null }),
});
