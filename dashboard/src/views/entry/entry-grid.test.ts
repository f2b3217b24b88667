import { describe, expect, it } from "vitest";
import { COLUMNS } from "./entry-kinds.ts";
import { errorsByRow, isBlank, newRow, rowToEntry, validateRow } from "./entry-grid.ts";

const revenue = COLUMNS.revenue;
const row = (values: Record<string, string>) => ({ ...newRow(revenue), values: { ...newRow(revenue).values, ...values } });

describe("entry grid", () => {
  it("carries unit, date and category into the next row but not the amount", () => {
    const first = row({ unitCode: "north", date: "2025-03-07", category: "ARREARS", amount: "100", reference: "R1" });
    const second = newRow(revenue, first);
    expect(second.values).toMatchObject({ unitCode: "north", date: "2025-03-07", category: "ARREARS", amount: "", reference: "" });
    expect(isBlank(revenue, second)).toBe(true);
    expect(isBlank(revenue, first)).toBe(false);
  });

  it("accepts a good remittance and sends exact money", () => {
    const good = row({ unitCode: "north", date: "2025-03-07", amount: "1,234.5", reference: "R1" });
    expect(validateRow(revenue, good)).toEqual({});
    expect(rowToEntry(revenue, good)).toEqual({
      unitCode: "north",
      date: "2025-03-07",
      category: "VIEWING_FEE",
      amount: "1234.50",
      reference: "R1",
      correction: false,
    });
  });

  it("flags sub-fen amounts, missing fields, bad dates and negatives without 冲红", () => {
    expect(validateRow(revenue, row({ unitCode: "north", date: "2025-03-07", amount: "12.345", reference: "R1" }))).toEqual({ amount: "precision" });
    expect(validateRow(revenue, row({ unitCode: "", date: "7/3/2025", amount: "abc", reference: "" }))).toEqual({
      unitCode: "required",
      date: "date",
      amount: "money",
      reference: "required",
    });
    expect(validateRow(revenue, row({ unitCode: "south", date: "2025-12-30", amount: "-500", reference: "R2" }))).toEqual({ amount: "negative" });
    expect(validateRow(revenue, row({ unitCode: "south", date: "2025-12-30", amount: "-500", reference: "R2", correction: "true" }))).toEqual({});
    expect(validateRow(revenue, row({ unitCode: "south", date: "2025-12-30", amount: "500", reference: "R2", correction: "true" }))).toEqual({
      amount: "mustBeNegative",
    });
  });

  it("puts the server's errors on the rows that were sent", () => {
    const errors = errorsByRow(
      [
        { index: 1, field: "unitCode", reason: 'no unit has the code "nowhere"' },
        { index: 1, field: "unitCode", reason: "second reason" },
        { field: "entries", reason: "batch too large" },
      ],
      [11, 12],
    );
    expect(errors).toEqual({
      11: { entries: "batch too large" },
      12: { unitCode: 'no unit has the code "nowhere"; second reason', entries: "batch too large" },
    });
  });
});

describe("the household register's columns", () => {
  const columns = COLUMNS.households;
  it("needs a month as YYYY-MM and takes empty counts as 0", () => {
    const row = { id: 1, values: { unitCode: "north", month: "2025-3", residential: "1200", upgraded: "", collective: "x" } };
    expect(validateRow(columns, row)).toEqual({ month: "month", collective: "count" });
    const fixed = { id: 2, values: { ...row.values, month: "2025-03", collective: "" } };
    expect(validateRow(columns, fixed)).toEqual({});
    expect(rowToEntry(columns, fixed)).toEqual({ unitCode: "north", month: "2025-03", residential: 1200, upgraded: 0, collective: 0 });
  });
});
