import { describe, expect, it } from "vitest";
import { formatMoney, parseMoney } from "../money.ts";
import { MoneyScalar } from "../scalars.ts";
import { parseCalendarDate } from "../calendar-date.ts";

describe("money", () => {
  it.each([
    ["0", "0.00"],
    ["12", "12.00"],
    ["12.3", "12.30"],
    ["3456000.00", "3456000.00"],
    ["999999999999.99", "999999999999.99"],
    ["-5.10", "-5.10"],
  ])("parses %s exactly", (text, canonical) => {
    expect(formatMoney(parseMoney(text))).toBe(canonical);
  });

  it("adds without binary floating point error", () => {
    expect(formatMoney(parseMoney("0.10").plus(parseMoney("0.20")))).toBe("0.30");
    let sum = parseMoney("0");
    for (let i = 0; i < 1000; i++) sum = sum.plus(parseMoney("0.01"));
    expect(formatMoney(sum)).toBe("10.00");
  });

  it.each([
    ["3456000.00", "3456000.00"],
    ["-0.01", "-0.01"],
    ["-0.10", "-0.10"],
    ["0.00", "0.00"],
    ["-0.00", "0.00"],
    ["-0.004", "0.00"],
    ["-5.10", "-5.10"],
    ["007.50", "7.50"],
    ["7.5", "7.50"],
    ["12", "12.00"],
    ["-12", "-12.00"],
  ])("formats the text %s as %s (canonical text passes as it is)", (text, canonical) => {
    expect(formatMoney(text)).toBe(canonical);
  });

  it("rounds half up to the fen when formatting", () => {
    expect(formatMoney("2.005")).toBe("2.01");
    expect(formatMoney("2.0049")).toBe("2.00");
    expect(formatMoney("-2.005")).toBe("-2.01");
  });

  it.each([
    ["12.345", /TOO_MANY_DECIMALS/],
    ["1e5", /NOT_MONEY/],
    ["NaN", /NOT_MONEY/],
    ["Infinity", /NOT_MONEY/],
    ["", /NOT_MONEY/],
    [" 12.00", /NOT_MONEY/],
    ["12,00", /NOT_MONEY/],
    ["0x10", /NOT_MONEY/],
    ["0012", /NOT_MONEY/],
    ["1000000000000.00", /NUMBER_RANGE/],
  ])("rejects %j", (text, reason) => {
    expect(() => parseMoney(text)).toThrow(reason);
  });

  it("rejects JSON numbers: money never travels as a float", () => {
    expect(() => parseMoney(12.5)).toThrow(/NOT_MONEY.*a number/);
    // Outside a request the message is Chinese; the reason code travels in extensions.
    expect(() => MoneyScalar.parseValue(12.5)).toThrow(/不是金额/);
  });

  it("serialises stored numeric strings with two decimals", () => {
    expect(MoneyScalar.serialize("171000")).toBe("171000.00");
    expect(MoneyScalar.serialize(parseMoney("8800.5"))).toBe("8800.50");
  });
});

describe("calendar dates", () => {
  it("accepts real days", () => {
    expect(parseCalendarDate("2024-02-29")).toBe("2024-02-29");
    expect(parseCalendarDate("2025-12-31")).toBe("2025-12-31");
  });

  it.each(["2025-02-29", "2025-13-01", "2025-00-10", "2025-04-31", "25-01-01", "2025/01/01", "2025-01-01T00:00:00Z", "1999-12-31"])(
    "rejects %s",
    (text) => {
      expect(() => parseCalendarDate(text)).toThrow();
    },
  );
});
