import { HouseholdsInput } from "../../fees/fees.input.ts";
import { householdsContent, householdsKey, monthOf, storedHouseholds, storeHouseholds, validateHouseholds } from "../../fees/household-register.ts";
import { isYear } from "../../years/year.ts";
import { type Cell, CellError, cellText, parseWholeCell } from "../cells.ts";
import type { ImportContext, ImportKind } from "../import-kind.ts";
import { parseUnitCell } from "../unit-lookup.ts";

const pad = (n: number) => String(n).padStart(2, "0");
const MONTH_TEXT = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*(?:月|[-/.]\s*\d{1,2}\s*日?)?$/;

/**
 * The month of a register row: "2025-03", "2025/3", "2025年3月", a date in the month (a date cell
 * or text), or a month number 1–12 with the file's year.
 */
function parseMonthCell(cell: Cell, context: ImportContext): string {
  if (cell instanceof Date && !Number.isNaN(cell.getTime())) return cell.toISOString().slice(0, 7);
  const text = cellText(cell);
  if (text === "") throw new CellError("REQUIRED");
  const match = MONTH_TEXT.exec(text);
  const year = match ? Number(match[1]) : context.year;
  const month = match ? Number(match[2]) : /^\d{1,2}\s*月?$/.test(text) ? Number.parseInt(text, 10) : Number.NaN;
  if (year === undefined || !isYear(year) || !(month >= 1 && month <= 12)) throw new CellError("MONTH_FORMAT", { got: text.slice(0, 40) });
  return `${year}-${pad(month)}`;
}

const count = (cell: Cell) => (cellText(cell) === "" ? 0 : parseWholeCell(cell));

/**
 * The household register (户数) per unit and month: 单位, 月份, 普通用户, 网改用户, 集体户. A
 * unit-month already stored with other counts is a conflict: an import never overwrites (the
 * register grid, recordHouseholds, replaces).
 */
export const householdsImport: ImportKind<HouseholdsInput> = {
  name: "households",
  entryType: HouseholdsInput,
  columns: [
    {
      field: "unitCode",
      headers: ["单位", "项目单位", "单位名称", "收费单位", "unit", "unitcode"],
      required: true,
      parse: parseUnitCell,
    },
    { field: "month", headers: ["月份", "月", "年月", "month"], required: true, parse: (cell, _wan, context) => parseMonthCell(cell, context) },
    { field: "residential", headers: ["普通用户", "普通户", "普通用户户数", "residential"], required: false, parse: count },
    { field: "upgraded", headers: ["网改用户", "网改户", "网改用户户数", "upgraded"], required: false, parse: count },
    { field: "collective", headers: ["集体户", "在册集体户", "集体户户数", "collective"], required: false, parse: count },
  ],
  keyOf: householdsKey,
  totalsOf: (entry) => ({ unitCode: entry.unitCode, category: entry.month, amount: null }),
  contentOf: householdsContent,
  yearOf: (entry) => monthOf(entry.month).year,
  validate: validateHouseholds,
  validateStored: async () => [],
  storedContent: storedHouseholds,
  async store(trx, entries, alreadyStored, onProgress) {
    const fresh = entries.filter((e) => !alreadyStored.has(householdsKey(e)));
    // Checked as not stored a moment ago; one stored meanwhile is left to the service's clash check.
    const meanwhile = await storedHouseholds(trx, fresh);
    const keys = await storeHouseholds(
      trx,
      fresh.filter((e) => !meanwhile.has(householdsKey(e))),
    );
    onProgress(keys.size);
    return keys;
  },
};
