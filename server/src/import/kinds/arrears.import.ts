import { ArrearsHouseholdInput } from "../../fees/arrears.input.ts";
import {
  householdContent,
  householdKey,
  storeArrearsHouseholds,
  storedArrearsHouseholds,
  validateArrearsHouseholds,
} from "../../fees/arrears-register.ts";
import { type Cell, CellError, cellText, parseMoneyCell, parseWholeCell } from "../cells.ts";
import type { ImportKind } from "../import-kind.ts";
import { parseUnitCell } from "../unit-lookup.ts";

/** Years in arrears: a number with at most one decimal, "2.5", "2.5年" or "3 年". */
function parseYearsCell(cell: Cell): number {
  if (typeof cell === "number") return cell;
  const text = cellText(cell).replace(/\s*年$/, "");
  if (text === "") throw new CellError("REQUIRED");
  const value = Number(text);
  if (!Number.isFinite(value)) throw new CellError("NUMBER_RANGE", { min: 0, max: 99.9, got: text.slice(0, 40) });
  return value;
}

/**
 * The arrears register (欠费户清单): 单位, 户号, 户主姓名, 联系电话, 地址, 欠费年数, 欠费金额, and 年份
 * (or the year given with the file). A household already registered with other figures is a
 * conflict: an import never overwrites.
 */
export const arrearsImport: ImportKind<ArrearsHouseholdInput> = {
  name: "arrears",
  entryType: ArrearsHouseholdInput,
  columns: [
    {
      field: "unitCode",
      headers: ["单位", "项目单位", "单位名称", "unit", "unitcode"],
      required: true,
      parse: parseUnitCell,
    },
    { field: "year", headers: ["年份", "年度", "year"], required: false, parse: (cell) => parseWholeCell(cell) },
    {
      field: "reference",
      headers: ["户号", "用户编号", "用户号", "household", "reference"],
      required: true,
      parse: (cell) => {
        const value = cellText(cell);
        if (value === "") throw new CellError("REQUIRED");
        return value;
      },
    },
    { field: "name", headers: ["户主姓名", "姓名", "户名", "用户名称", "name"], required: true, parse: (cell) => cellText(cell) },
    { field: "contact", headers: ["联系电话", "电话", "手机", "联系方式", "contact"], required: false, parse: (cell) => cellText(cell) },
    { field: "address", headers: ["地址", "住址", "安装地址", "address"], required: false, parse: (cell) => cellText(cell) },
    {
      field: "yearsInArrears",
      headers: ["欠费年数", "欠费年限", "账龄", "years in arrears", "yearsinarrears"],
      required: true,
      parse: parseYearsCell,
    },
    {
      field: "amountOwed",
      headers: ["欠费金额", "欠费", "金额", "amount owed", "amountowed"],
      required: true,
      parse: (cell, wan) => parseMoneyCell(cell, wan),
    },
  ],
  keyOf: householdKey,
  totalsOf: (entry) => ({ unitCode: entry.unitCode, category: String(entry.year), amount: entry.amountOwed ?? null }),
  contentOf: householdContent,
  yearOf: (entry) => entry.year,
  async validate(knex, entries) {
    const invalid = await validateArrearsHouseholds(knex, entries);
    entries.forEach((entry, index) => {
      if (entry.year === undefined) invalid.push({ index, field: "year", reason: "REQUIRED" });
    });
    return invalid;
  },
  validateStored: async () => [],
  storedContent: storedArrearsHouseholds,
  async store(trx, entries, alreadyStored, onProgress) {
    const fresh = entries.filter((e) => !alreadyStored.has(householdKey(e)));
    const meanwhile = await storedArrearsHouseholds(trx, fresh);
    const keys = await storeArrearsHouseholds(
      trx,
      fresh.filter((e) => !meanwhile.has(householdKey(e))),
    );
    onProgress(keys.size);
    return keys;
  },
};
