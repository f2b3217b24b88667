import { describe, expect, it } from "vitest";
import { formatPercent, formatRankChange, formatRate, formatScore, formatShare } from "./number.ts";

describe("numbers", () => {
  it("shows scores with two decimals and — when not applicable", () => {
    expect(formatScore(92.33)).toBe("92.33");
    expect(formatScore(102.5)).toBe("102.50");
    expect(formatScore(null)).toBe("—");
  });

  it("shows percentages", () => {
    expect(formatPercent(108)).toBe("108.00%");
    expect(formatPercent(81.254, 1)).toBe("81.3%");
    expect(formatPercent(undefined)).toBe("—");
    expect(formatRate(30)).toBe("30%");
    expect(formatRate(1.5)).toBe("1.5%");
    expect(formatShare(0.6)).toBe("60%");
  });

  it("shows rank changes with arrows", () => {
    expect(formatRankChange(2)).toBe("↑2");
    expect(formatRankChange(-1)).toBe("↓1");
    expect(formatRankChange(0)).toBe("—");
    expect(formatRankChange(null)).toBe("—");
  });
});
