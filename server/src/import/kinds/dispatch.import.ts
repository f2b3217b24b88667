import { DispatchInput, dispatchLedger } from "../../ledger/kinds/dispatch.ledger.ts";
import { parseChoiceCell } from "../cells.ts";
import { DISPATCH_KIND_LABELS, DISPATCH_OUTCOME_LABELS } from "../labels.ts";
import { ledgerImport } from "../ledger-import.ts";

export const dispatchImport = ledgerImport({
  name: "dispatches",
  ledger: dispatchLedger,
  entryType: DispatchInput,
  columns: [
    {
      field: "kind",
      headers: ["调度类型", "类型", "任务类型", "kind", "type"],
      required: true,
      parse: (cell) => parseChoiceCell(cell, DISPATCH_KIND_LABELS),
    },
    {
      field: "outcome",
      headers: ["调度结果", "结果", "执行情况", "outcome", "result"],
      required: true,
      parse: (cell) => parseChoiceCell(cell, DISPATCH_OUTCOME_LABELS),
    },
  ],
  totals: (entry) => ({ category: entry.outcome, amount: null }),
});
