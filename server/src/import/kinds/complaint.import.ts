import { ComplaintInput, complaintLedger } from "../../ledger/kinds/complaint.ledger.ts";
import { parseYesNoCell } from "../cells.ts";
import { ledgerImport } from "../ledger-import.ts";

export const complaintImport = ledgerImport({
  name: "complaints",
  ledger: complaintLedger,
  entryType: ComplaintInput,
  columns: [{ field: "repeat", headers: ["二次投诉", "重复投诉", "是否二次投诉", "repeat"], required: false, parse: (cell) => parseYesNoCell(cell) }],
  totals: (entry) => ({ category: entry.repeat ? "REPEAT" : "FIRST", amount: null }),
});
