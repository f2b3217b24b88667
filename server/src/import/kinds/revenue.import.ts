import { RevenueInput, revenueLedger } from "../../ledger/kinds/revenue.ledger.ts";
import { cellText, parseChoiceCell, parseMoneyCell, parseYesNoCell } from "../cells.ts";
import { REVENUE_CATEGORY_LABELS } from "../labels.ts";
import { ledgerImport } from "../ledger-import.ts";

/** 分类明细帐: one row per receipt, as company finance sends the weekly remittances. */
export const revenueImport = ledgerImport({
  name: "revenue",
  ledger: revenueLedger,
  entryType: RevenueInput,
  columns: [
    {
      field: "category",
      headers: ["类别", "收入类别", "类型", "科目", "项目", "category"],
      required: true,
      parse: (cell) => parseChoiceCell(cell, REVENUE_CATEGORY_LABELS),
    },
    {
      field: "amount",
      headers: ["金额", "上解金额", "收入金额", "贷方金额", "发生额", "amount"],
      required: true,
      parse: (cell, wan) => parseMoneyCell(cell, wan),
    },
    { field: "correction", headers: ["冲红", "是否冲红", "correction"], required: false, parse: (cell) => parseYesNoCell(cell) },
    {
      field: "corrects",
      headers: ["冲红凭证号", "所冲凭证号", "原凭证号", "被冲凭证号", "corrects"],
      required: false,
      parse: (cell) => cellText(cell) || null,
    },
  ],
  totals: (entry) => ({ category: entry.category, amount: entry.amount }),
});
