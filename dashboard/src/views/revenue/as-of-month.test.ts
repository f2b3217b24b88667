import { describe, expect, it } from "vitest";
import { asOfDay, defaultAsOfMonth, monthEnd, parseAsOfMonth, selectableAsOfMonths } from "./as-of-month.ts";

const today = new Date(2026, 4, 20); // 20 May 2026

describe("monthEnd", () => {
  it("gives the last day of the month, leap years included", () => {
    expect(monthEnd(2025, 6)).toBe("2025-06-30");
    expect(monthEnd(2024, 2)).toBe("2024-02-29");
    expect(monthEnd(2025, 12)).toBe("2025-12-31");
  });
});

describe("asOfDay", () => {
  it("projects as of the month's end, or today while the month runs", () => {
    expect(asOfDay(2025, 6, today)).toBe("2025-06-30");
    expect(asOfDay(2026, 4, today)).toBe("2026-04-30");
    expect(asOfDay(2026, 5, today)).toBe("2026-05-20");
  });
});

describe("as-of month", () => {
  it("defaults to December for a finished year and to the last complete month of the running one", () => {
    expect(defaultAsOfMonth(2025, today)).toBe(12);
    expect(defaultAsOfMonth(2026, today)).toBe(4);
    expect(defaultAsOfMonth(2026, new Date(2026, 0, 10))).toBe(1);
  });

  it("offers every month of a finished year but none after the current month", () => {
    expect(selectableAsOfMonths(2025, today)).toHaveLength(12);
    expect(selectableAsOfMonths(2026, today)).toEqual([1, 2, 3, 4, 5]);
  });

  it("reads the URL value and falls back on nonsense", () => {
    expect(parseAsOfMonth("6", 2025, today)).toBe(6);
    expect(parseAsOfMonth("13", 2025, today)).toBe(12);
    expect(parseAsOfMonth("abc", 2025, today)).toBe(12);
    expect(parseAsOfMonth(null, 2026, today)).toBe(4);
    expect(parseAsOfMonth("9", 2026, today)).toBe(4);
  });
});
