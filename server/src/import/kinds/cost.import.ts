import { CostInput, costLedger } from "../../ledger/kinds/cost.ledger.ts";
import { cellText, parseChoiceCell, parseMoneyCell, parseYesNoCell } from "../cells.ts";
import { COST_CATEGORY_LABELS } from "../labels.ts";
import { ledgerImport } from "../ledger-import.ts";

export const costImport = ledgerImport({
  name: "costs",
  ledger: costLedger,
  entryType: CostInput,
  columns: [
    {
      field: "category",
      headers: ["类别", "费用类别", "类型", "科目", "费用项目", "category"],
      required: true,
      parse: (cell) => parseChoiceCell(cell, COST_CATEGORY_LABELS),
    },
    {
      field: "amount",
      headers: ["金额", "费用金额", "借方金额", "发生额", "amount"],
      required: true,
      parse: (cell, wan) => parseMoneyCell(cell, wan),
    },
    {
      field: "warrantyExchange",
      headers: ["保修换新", "以旧换新", "保修期内以旧换新", "warranty", "warranty exchange"],
      required: false,
      parse: (cell) => parseYesNoCell(cell),
    },
    { field: "correction", headers: ["冲红", "是否冲红", "correction"], required: false, parse: (cell) => parseYesNoCell(cell) },
    { field: "corrects", headers: ["冲红凭证号", "所冲凭证号", "原凭证号", "corrects"], required: false, parse: (cell) => cellText(cell) || null },
  ],
  totals: (entry) => ({ category: entry.category, amount: entry.amount }),
});
