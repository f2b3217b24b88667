import { describe, expect, it } from "vitest";
import { formatDate, formatInstant, formatMonth, todayIso } from "./date.ts";

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
