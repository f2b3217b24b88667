import { describe, expect, it } from "vitest";
import { MAX_BAR_UNITS } from "./chart-limits.ts";
import { shortUnitName, unitCategoryAxis, unitRowsHeight } from "./unit-axis.ts";

describe("unit axes", () => {
  it("keeps the demo's five names level and turns forty upright, shortened", () => {
    expect(unitCategoryAxis(5)).not.toHaveProperty("angle");
    const crowded = unitCategoryAxis(MAX_BAR_UNITS, () => "城北管理站第一服务中心");
    expect(crowded.angle).toBe(-90);
    expect(crowded.tickFormatter("north")).toBe("城北管理站第一…");
    expect(shortUnitName("城北管理站")).toBe("城北管理站");
  });

  it("sizes five bar rows as before and forty tighter", () => {
    expect(unitRowsHeight(5, 44)).toBe(260);
    expect(unitRowsHeight(2, 44)).toBe(220);
    expect(unitRowsHeight(MAX_BAR_UNITS, 44)).toBe(MAX_BAR_UNITS * 22 + 40);
  });
});
