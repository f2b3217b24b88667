import { describe, expect, it } from "vitest";
import { thin } from "./chart-limits.ts";
import { FALLBACK_PALETTE, unitColor, UNIT_COLORS } from "./unit-colors.ts";

describe("unit colours", () => {
  it("gives the demo units their fixed colours", () => {
    expect(unitColor("north")).toBe(UNIT_COLORS.north);
    expect(new Set(Object.values(UNIT_COLORS)).size).toBe(5);
  });

  it("gives other units a stable fallback colour", () => {
    expect(FALLBACK_PALETTE).toContain(unitColor("west"));
    expect(unitColor("west")).toBe(unitColor("west"));
  });
});

describe("point limit", () => {
  it("thins long series to the maximum, keeping the last point", () => {
    const items = Array.from({ length: 5000 }, (_, i) => i);
    const kept = thin(items, 1000);
    expect(kept).toHaveLength(1000);
    expect(kept[0]).toBe(0);
    expect(kept.at(-1)).toBe(4999);
    expect(thin([1, 2, 3], 1000)).toEqual([1, 2, 3]);
  });
});
