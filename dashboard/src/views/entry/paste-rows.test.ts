import { describe, expect, it } from "vitest";
import { newRow } from "./entry-grid.ts";
import { COLUMNS } from "./entry-kinds.ts";
import { parseClipboardTable, pasteIntoRows, type PasteLookup } from "./paste-rows.ts";

const lookup: PasteLookup = {
  unitCode: (text) => ({ north: "north", 城北管理站: "north", 城北站: "north", 城南管理站: "south" })[text] ?? null,
  optionLabels: { VIEWING_FEE: ["收视费", "Viewing fee"], INSPECTION_FEE: ["稽查费"], ARREARS: ["老欠费"] },
};

describe("pasting rows copied from Excel into the entry grid", () => {
  it("reads tab-separated lines, with Excel's quoting and a trailing line break", () => {
    expect(parseClipboardTable('a\tb\r\n"c ""d"""\te\r\n')).toEqual([
      ["a", "b"],
      ['c "d"', "e"],
    ]);
    expect(parseClipboardTable("just one value")).toBeNull();
  });

  it("fills from the pasted cell, adds rows and reads names, labels, dates, amounts and booleans", () => {
    const columns = COLUMNS.revenue;
    const rows = [newRow(columns, undefined, { date: "2025-01-01" })];
    const table = parseClipboardTable(
      "城北管理站\t2025/3/7\t收视费\t1,234.50\tR-1\t否\n城南管理站\t2025年3月8日\t老欠费\t(12.00)\tR-2\t是\n城东\t2025.3.9\t奇怪\t12\tR-3\textra",
    );
    const next = pasteIntoRows(columns, rows, 0, "unitCode", table ?? [], lookup);
    expect(next).toHaveLength(3);
    expect(next.map((r) => r.values)).toEqual([
      { unitCode: "north", date: "2025-03-07", category: "VIEWING_FEE", amount: "1234.50", reference: "R-1", correction: "" },
      { unitCode: "south", date: "2025-03-08", category: "ARREARS", amount: "-12.00", reference: "R-2", correction: "true" },
      // What cannot be read stays as typed, so the row check names it.
      { unitCode: "城东", date: "2025-03-09", category: "奇怪", amount: "12", reference: "R-3", correction: "extra" },
    ]);
  });

  it("starts at the column pasted into and drops cells past the last column", () => {
    const columns = COLUMNS.callbacks;
    const rows = [newRow(columns), newRow(columns)];
    const next = pasteIntoRows(columns, rows, 1, "reference", [["CB-9", "spill"]], lookup);
    expect(next[0].values.reference).toBe("");
    expect(next[1].values.reference).toBe("CB-9");
    expect(Object.keys(next[1].values)).toEqual(columns.map((c) => c.field));
  });
});
