import { describe, expect, it } from "vitest";
import { formatWan, formatWanNumber, formatYuan, parseWanToYuan, parseYuan, sumMoney, toFen, wanNumber, yuanToWanInput } from "./money.ts";

describe("money in 万元", () => {
  it("shows yuan as 万元 with two decimals", () => {
    expect(formatWan("3456000.00")).toBe("345.60");
    expect(formatWan("248460.00")).toBe("24.85");
    expect(formatWan("12345678.90")).toBe("1,234.57");
    expect(formatWan("0")).toBe("0.00");
  });

  it("rounds half-up, away from zero for negatives", () => {
    expect(formatWan("50.00")).toBe("0.01");
    expect(formatWan("49.99")).toBe("0.00");
    expect(formatWan("-50.00")).toBe("-0.01");
    expect(formatWan("-1234567.00")).toBe("-123.46");
  });

  it("gives chart numbers rounded like the labels", () => {
    expect(wanNumber("3456000.00")).toBe(345.6);
    expect(wanNumber("-8800.00")).toBe(-0.88);
    expect(formatWanNumber(1234.5)).toBe("1,234.50");
    expect(formatWanNumber(Number.NaN)).toBe("—");
  });
});

describe("exact yuan", () => {
  it("groups thousands and keeps the fen", () => {
    expect(formatYuan("3456000.00")).toBe("3,456,000.00");
    expect(formatYuan("12345.6")).toBe("12,345.60");
    expect(formatYuan("-999.99")).toBe("-999.99");
  });

  it("never goes through floating point", () => {
    expect(toFen("90071992547409.93")).toBe(9007199254740993n);
    expect(formatYuan("90071992547409.93")).toBe("90,071,992,547,409.93");
    expect(sumMoney(["0.10", "0.20"])).toBe("0.30");
  });

  it("refuses what is not money", () => {
    expect(() => toFen("12.345")).toThrow();
    expect(() => toFen("abc")).toThrow();
  });
});

describe("typed amounts", () => {
  it("converts 万元 input to yuan strings by shifting digits", () => {
    expect(parseWanToYuan("345.6")).toEqual({ ok: true, yuan: "3456000.00" });
    expect(parseWanToYuan("0.000001")).toEqual({ ok: true, yuan: "0.01" });
    expect(parseWanToYuan("1,200")).toEqual({ ok: true, yuan: "12000000.00" });
    expect(parseWanToYuan(".5")).toEqual({ ok: true, yuan: "5000.00" });
  });

  it("refuses more precision than a fen, bad text and unwanted negatives", () => {
    expect(parseWanToYuan("1.0000001")).toEqual({ ok: false, reason: "precision" });
    expect(parseWanToYuan("12a")).toEqual({ ok: false, reason: "format" });
    expect(parseWanToYuan("")).toEqual({ ok: false, reason: "empty" });
    expect(parseWanToYuan("-3")).toEqual({ ok: false, reason: "format" });
    expect(parseWanToYuan("-3", { allowNegative: true })).toEqual({ ok: true, yuan: "-30000.00" });
  });

  it("parses yuan input with at most two decimals", () => {
    expect(parseYuan("1234.5")).toEqual({ ok: true, yuan: "1234.50" });
    expect(parseYuan("12.345")).toEqual({ ok: false, reason: "precision" });
    expect(parseYuan("-100", { allowNegative: true })).toEqual({ ok: true, yuan: "-100.00" });
    expect(parseYuan("-100")).toEqual({ ok: false, reason: "format" });
  });

  it("round-trips a stored amount through the 万元 edit field", () => {
    expect(yuanToWanInput("3456000.00")).toBe("345.6");
    expect(yuanToWanInput("180000.00")).toBe("18");
    expect(yuanToWanInput("0.01")).toBe("0.000001");
    const back = parseWanToYuan(yuanToWanInput("1234567.89"));
    expect(back).toEqual({ ok: true, yuan: "1234567.89" });
  });
});
