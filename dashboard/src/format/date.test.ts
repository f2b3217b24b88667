import { describe, expect, it } from "vitest";
import { defaultEntryDate, formatDate, formatInstant, formatMonth, todayIso } from "./date.ts";

describe("dates", () => {
  it("formats API dates per language without time zones", () => {
    expect(formatDate("2025-03-07", "zh")).toBe("2025年3月7日");
    expect(formatDate("2025-03-07", "en")).toBe("7 Mar 2025");
    expect(formatDate("not a date", "en")).toBe("not a date");
  });

  it("formats months and instants", () => {
    expect(formatMonth(3, "zh")).toBe("3月");
    expect(formatMonth(12, "en")).toBe("Dec");
    expect(formatInstant("2025-12-31T10:05:00")).toBe("2025-12-31 10:05");
    expect(todayIso(new Date(2025, 0, 9))).toBe("2025-01-09");
  });
});

describe("defaultEntryDate", () => {
  const now = new Date(2026, 11, 3, 9, 30); // 3 Dec 2026, local time
  it("is today when the picked year is this year", () => {
    expect(defaultEntryDate(2026, now)).toBe("2026-12-03");
  });
  it("is the last day of a past year and the first day of a coming one, never a day outside the year", () => {
    expect(defaultEntryDate(2024, now)).toBe("2024-12-31");
    expect(defaultEntryDate(2027, now)).toBe("2027-01-01");
  });
  it("falls back to today before the years are known", () => {
    expect(defaultEntryDate(null, now)).toBe("2026-12-03");
  });
});
