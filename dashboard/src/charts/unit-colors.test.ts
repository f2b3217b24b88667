import { describe, expect, it } from "vitest";
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
