import type { Language } from "../i18n/request-context.ts";
import { RecordKind } from "../ledger/ledger.types.ts";

/** One exported column: its header in both languages, the value of a record, and how a spreadsheet shows it. */
export interface ExportColumn {
  zh: string;
  en: string;
  type: "text" | "money" | "date" | "yesno";
  value(record: Record<string, unknown>, unitName: (unitId: number) => string): string | boolean | null;
}

const unitColumns: ExportColumn[] = [
  { zh: "单位", en: "Unit", type: "text", value: (r, name) => name(Number(r.unitId)).split("\u0000")[0] },
  { zh: "单位名称", en: "Unit name", type: "text", value: (r, name) => name(Number(r.unitId)).split("\u0000")[1] ?? "" },
  { zh: "日期", en: "Date", type: "date", value: (r) => String(r.date) },
  { zh: "凭证号", en: "Reference", type: "text", value: (r) => String(r.reference) },
];
const moneyColumns: ExportColumn[] = [
  { zh: "金额", en: "Amount", type: "money", value: (r) => String(r.amount) },
  { zh: "冲红", en: "Correction", type: "yesno", value: (r) => Boolean(r.correction) },
  { zh: "冲红凭证号", en: "Corrects", type: "text", value: (r) => (r.corrects as string | null) ?? "" },
  { zh: "被冲红", en: "Corrected by", type: "text", value: (r) => (r.correctedBy as string[]).join(" ") },
  { zh: "净额", en: "Net amount", type: "money", value: (r) => String(r.netAmount) },
];
const voidColumns: ExportColumn[] = [
  { zh: "作废", en: "Voided", type: "yesno", value: (r) => Boolean(r.voided) },
  { zh: "作废原因", en: "Void reason", type: "text", value: (r) => (r.voidReason as string | null) ?? "" },
];

/**
 * The columns of each ledger's export. The headers are ones the import recognises, so an exported
 * file can be imported again (the unit column holds the code, the name is beside it).
 */
export const EXPORT_COLUMNS: Record<RecordKind, ExportColumn[]> = {
  [RecordKind.REVENUE]: [...unitColumns, { zh: "类别", en: "Category", type: "text", value: (r) => String(r.category) }, ...moneyColumns],
  [RecordKind.COST]: [
    ...unitColumns,
    { zh: "类别", en: "Category", type: "text", value: (r) => String(r.category) },
    ...moneyColumns,
    { zh: "保修换新", en: "Warranty exchange", type: "yesno", value: (r) => Boolean(r.warrantyExchange) },
  ],
  [RecordKind.CALLBACK]: [...unitColumns, { zh: "回访结果", en: "Outcome", type: "text", value: (r) => String(r.outcome) }, ...voidColumns],
  [RecordKind.COMPLAINT]: [...unitColumns, { zh: "二次投诉", en: "Repeat", type: "yesno", value: (r) => Boolean(r.repeat) }, ...voidColumns],
  [RecordKind.DISPATCH]: [
    ...unitColumns,
    { zh: "调度类型", en: "Kind", type: "text", value: (r) => String(r.kind) },
    { zh: "调度结果", en: "Outcome", type: "text", value: (r) => String(r.outcome) },
    ...voidColumns,
  ],
};

/** The arrears register's export (欠费户): headers the arrears import recognises; personal data as the viewer may see it. */
export const ARREARS_COLUMNS: ExportColumn[] = [
  unitColumns[0],
  unitColumns[1],
  { zh: "年份", en: "Year", type: "text", value: (r) => String(r.year) },
  { zh: "户号", en: "Household", type: "text", value: (r) => String(r.reference) },
  { zh: "户主姓名", en: "Name", type: "text", value: (r) => String(r.name) },
  { zh: "联系电话", en: "Contact", type: "text", value: (r) => String(r.contact) },
  { zh: "地址", en: "Address", type: "text", value: (r) => String(r.address) },
  { zh: "欠费年数", en: "Years in arrears", type: "text", value: (r) => String(r.yearsInArrears) },
  { zh: "欠费金额", en: "Amount owed", type: "money", value: (r) => String(r.amountOwed) },
  { zh: "已缴金额", en: "Amount paid", type: "money", value: (r) => String(r.amountPaid) },
  { zh: "未缴金额", en: "Outstanding", type: "money", value: (r) => String(r.outstanding) },
  { zh: "状态", en: "Status", type: "text", value: (r) => String(r.status) },
  { zh: "原因", en: "Reason", type: "text", value: (r) => (r.statusReason as string | null) ?? "" },
];

export const header = (column: ExportColumn, language: Language) => column[language];

/** The files of GET /api/export/{kind}.csv|.xlsx, as the import names them. */
export const EXPORT_KINDS: Record<string, RecordKind> = {
  revenue: RecordKind.REVENUE,
  costs: RecordKind.COST,
  callbacks: RecordKind.CALLBACK,
  complaints: RecordKind.COMPLAINT,
  dispatches: RecordKind.DISPATCH,
};
