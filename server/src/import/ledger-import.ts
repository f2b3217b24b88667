import type { Knex } from "knex";
import type { ClassType } from "type-graphql";
import type { AnyLedgerKind } from "../ledger/ledger-kind.ts";
import { checkCorrections } from "../ledger/corrections.ts";
import { selectByReferences } from "../ledger/ledger.repository.ts";
import { storeEntries, unitIdsByCode, validateEntries } from "../ledger/ledger.service.ts";
import type { LedgerEntryInput, MoneyEntry } from "../ledger/ledger.types.ts";
import { yearOf } from "../years/year.ts";
import { parseDateCell, cellText, CellError } from "./cells.ts";
import type { EntryTotals, ImportColumn, ImportKind, ImportKindName } from "./import-kind.ts";
import { parseUnitCell } from "./unit-lookup.ts";

/** The columns every ledger file has: unit, date, reference. */
export const LEDGER_COLUMNS: ImportColumn[] = [
  {
    field: "unitCode",
    headers: ["单位", "单位名称", "单位代码", "项目单位", "站点", "部门", "管理站", "收款单位", "unit", "unitcode", "unit code", "station"],
    required: true,
    parse: parseUnitCell,
  },
  {
    field: "date",
    headers: ["日期", "收款日期", "上解日期", "记账日期", "凭证日期", "业务日期", "发生日期", "回访日期", "投诉日期", "调度日期", "date"],
    required: true,
    parse: (cell) => parseDateCell(cell),
  },
  {
    field: "reference",
    headers: [
      "凭证号",
      "单据号",
      "收据号",
      "票据号",
      "凭证编号",
      "单号",
      "编号",
      "工单号",
      "reference",
      "ref",
      "receipt",
      "voucher",
      "receipt no",
      "voucher no",
    ],
    required: true,
    parse: (cell) => {
      const text = cellText(cell);
      if (text === "") throw new CellError("REQUIRED");
      return text;
    },
  },
];

/** Column and field names, for telling which fields of a stored record differ. */
const FIELD_OF_COLUMN: Record<string, string> = {
  is_correction: "correction",
  warranty_exchange: "warrantyExchange",
  is_repeat: "repeat",
};

/** An import kind over a ledger: the same field rules, batch rules, corrections and bulk storage as recordEntries. */
export function ledgerImport<E extends LedgerEntryInput>(options: {
  name: ImportKindName;
  ledger: AnyLedgerKind;
  entryType: ClassType<E>;
  columns: ImportColumn[];
  totals(entry: E): Omit<EntryTotals, "unitCode">;
}): ImportKind<E> {
  const { ledger } = options;
  // Unit ids are looked up by each step (a thousand units at most): the kind object is shared by concurrent imports.
  const unitIds = (knex: Knex, entries: E[]) =>
    unitIdsByCode(
      knex,
      entries.map((e) => e.unitCode),
    );
  const content = (unitCode: string, date: string, row: Record<string, unknown>, corrects: unknown): Record<string, string> => {
    const fields: Record<string, string> = { unitCode, date };
    for (const column of Object.keys(ledger.columns)) fields[FIELD_OF_COLUMN[column] ?? column] = String(row[column]);
    if (ledger.money) fields.corrects = corrects ? String(corrects) : "";
    return fields;
  };
  return {
    name: options.name,
    columns: [...LEDGER_COLUMNS, ...options.columns],
    entryType: options.entryType,
    keyOf: (entry) => entry.reference,
    totalsOf: (entry) => ({ unitCode: entry.unitCode, ...options.totals(entry) }),
    contentOf: (entry) => content(entry.unitCode, entry.date, ledger.toRow(entry), (entry as unknown as MoneyEntry).corrects),
    yearOf: (entry) => yearOf(entry.date),
    validate: async (knex, entries) => validateEntries(ledger, entries, await unitIds(knex, entries)),
    async validateStored(knex, entries, alreadyStored) {
      if (!ledger.money) return [];
      return checkCorrections(knex, ledger.table, entries as unknown as MoneyEntry[], await unitIds(knex, entries), alreadyStored, false);
    },
    async storedContent(knex, entries) {
      const stored = await selectByReferences(
        knex,
        ledger,
        entries.map((e) => e.reference),
      );
      const byKey = new Map<string, Record<string, string>>();
      for (const [reference, row] of stored) {
        byKey.set(reference, content(String(row.unit_code), String(row.record_date), row, row.corrects));
      }
      return byKey;
    },
    store: async (trx, entries, alreadyStored, onProgress) =>
      storeEntries(trx, ledger, entries, await unitIds(trx, entries), alreadyStored, onProgress),
  };
}
