import { describe, expect, it } from "vitest";
import { defaultAsOf } from "../../assessment/projection.service.ts";
import { today } from "../today.ts";

describe("today, where the users are", () => {
  it("is the company's calendar day, not the server's UTC day", () => {
    // 07:30 in Beijing on 2 January is still 1 January in UTC.
    const morningInBeijing = new Date("2026-01-01T23:30:00Z");
    expect(today(morningInBeijing, "Asia/Shanghai")).toBe("2026-01-02");
    expect(today(morningInBeijing, "UTC")).toBe("2026-01-01");
  });

  it("turns at midnight to the minute, whatever was asked just before", () => {
    // Midnight in Beijing is 16:00 UTC.
    expect(today(new Date("2026-03-01T15:59:59.999Z"), "Asia/Shanghai")).toBe("2026-03-01");
    expect(today(new Date("2026-03-01T16:00:00.000Z"), "Asia/Shanghai")).toBe("2026-03-02");
    expect(today(new Date("2026-03-01T15:59:30.000Z"), "Asia/Shanghai")).toBe("2026-03-01");
    // Kathmandu is UTC+05:45: its day begins at 18:15 UTC.
    expect(today(new Date("2026-03-01T18:14:59Z"), "Asia/Kathmandu")).toBe("2026-03-01");
    expect(today(new Date("2026-03-01T18:15:00Z"), "Asia/Kathmandu")).toBe("2026-03-02");
    expect(today(new Date("2026-03-01T18:14:00Z"), "Asia/Kathmandu")).toBe("2026-03-01");
  });

  it("decides which year a projection is made as of", () => {
    expect(defaultAsOf(2026, today(new Date("2025-12-31T17:00:00Z"), "Asia/Shanghai"))).toBe("2026-01-01");
    expect(defaultAsOf(2025, today(new Date("2025-12-31T17:00:00Z"), "Asia/Shanghai"))).toBe("2025-12-31");
    expect(defaultAsOf(2026, "2026-06-30")).toBe("2026-06-30");
  });
});
