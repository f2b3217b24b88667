import { describe, expect, it } from "vitest";
import type { Column } from "./table-types.ts";
import { compareValues, formatCell, nextSort, sortRows, totalsFor } from "./table-values.ts";

interface Line {
  unit: string;
  pay: string;
  target: number;
  staff: number;
  share: number | null;
}

const columns: Column<Line>[] = [
  { key: "unit", header: "单位", kind: "text", value: (r) => r.unit },
  { key: "pay", header: "效益工资", kind: "wan", value: (r) => r.pay, total: "sum" },
  { key: "target", header: "任务", kind: "wan", value: (r) => r.target, total: "sum" },
  { key: "staff", header: "人员", kind: "count", value: (r) => r.staff, total: "sum" },
  { key: "share", header: "完成率", kind: "percent", value: (r) => r.share, total: () => 101.5 },
];

const lines: Line[] = [
  { unit: "城北管理站", pay: "248460.00", target: 320, staff: 12, share: 108 },
  { unit: "城南管理站", pay: "0.10", target: 0.1, staff: 9, share: null },
  { unit: "收费大厅", pay: "1000000.20", target: 0.2, staff: 6, share: 93 },
];

describe("formatCell", () => {
  it("shows money in 万元 from exact yuan strings, half-up, grouped", () => {
    expect(formatCell("wan", "248460.00", "zh")).toBe("24.85");
    expect(formatCell("wan", "12345678901234.56", "zh")).toBe("1,234,567,890.12");
    expect(formatCell("wan", 345.6, "zh")).toBe("345.60");
    expect(formatCell("yuan", "-3456000.5", "zh")).toBe("-3,456,000.50");
  });
  it("shows percents, counts, dates and empty cells", () => {
    expect(formatCell("percent", 108, "zh")).toBe("108.00%");
    expect(formatCell("count", 1234, "zh")).toBe("1,234");
    expect(formatCell("date", "2025-03-07", "zh")).toBe("2025年3月7日");
    expect(formatCell("date", "2025-03-07", "en")).toBe("7 Mar 2025");
    expect(formatCell("percent", null, "zh")).toBe("—");
  });
});

describe("totalsFor", () => {
  it("adds money exactly: 0.1 + 0.2 is 0.3, not 0.30000000000000004", () => {
    const totals = totalsFor(columns, lines);
    expect(totals.pay).toBe("1248460.30");
    expect(totals.target).toBe(320.3);
    expect(totals.staff).toBe(27);
    expect(totals.share).toBe(101.5);
    expect(totals.unit).toBeNull();
  });
});

describe("sorting", () => {
  it("orders money by value, not by text ('9' would beat '10' as text)", () => {
    expect(compareValues("wan", "9.00", "10.00")).toBeLessThan(0);
    const byPay = sortRows(lines, columns, { key: "pay", direction: "descending" }).map((r) => r.unit);
    expect(byPay).toEqual(["收费大厅", "城北管理站", "城南管理站"]);
  });
  it("keeps empty cells last in both directions", () => {
    expect(sortRows(lines, columns, { key: "share", direction: "ascending" }).map((r) => r.unit)).toEqual(["收费大厅", "城北管理站", "城南管理站"]);
    expect(sortRows(lines, columns, { key: "share", direction: "descending" }).map((r) => r.unit)).toEqual(["城北管理站", "收费大厅", "城南管理站"]);
  });
  it("cycles a header through ascending, descending and the view's own order", () => {
    const first = nextSort(null, "pay");
    expect(first).toEqual({ key: "pay", direction: "ascending" });
    const second = nextSort(first, "pay");
    expect(second).toEqual({ key: "pay", direction: "descending" });
    expect(nextSort(second, "pay")).toBeNull();
    expect(nextSort(second, "staff")).toEqual({ key: "staff", direction: "ascending" });
    expect(sortRows(lines, columns, null)).toEqual(lines);
  });
});
