import { describe, expect, it } from "vitest";
import { completionByUnit } from "./shape-completion.ts";

const unit = (code: string) => ({ code, name: code.toUpperCase() });

describe("completionByUnit", () => {
  it("orders units by completion, keeps the API's percentage and gives the gap in 万元", () => {
    const bars = completionByUnit([
      { unit: unit("south"), revenueActual: "2790000.00", completionRate: 93, revenueTarget: "3000000.00" },
      { unit: unit("north"), revenueActual: "3456000.00", completionRate: 108, revenueTarget: "3200000.00" },
    ]);
    expect(bars.map((b) => b.unitCode)).toEqual(["north", "south"]);
    expect(bars[0]).toEqual({ unitCode: "north", unitName: "NORTH", completion: 108, actual: 345.6, target: 320, gap: 25.6, projected: null });
    expect(bars[1].gap).toBe(-21);
  });

  it("carries the projected completion mid-year", () => {
    const [bar] = completionByUnit([
      { unit: unit("north"), revenueActual: "1792100.46", completionRate: 56, revenueTarget: "3200000.00", projectedCompletion: 105.37 },
    ]);
    expect(bar).toMatchObject({ completion: 56, actual: 179.21, projected: 105.37 });
  });

  it("leaves out units without a contract instead of drawing them at 0 %", () => {
    const bars = completionByUnit([{ unit: unit("new"), revenueActual: "100.00", completionRate: null, revenueTarget: null }]);
    expect(bars).toEqual([]);
  });

  it("keeps the given order between equal completions", () => {
    const same = (code: string) => ({ unit: unit(code), revenueActual: "1", completionRate: 100, revenueTarget: "1" });
    expect(completionByUnit([same("b"), same("a"), same("c")]).map((b) => b.unitCode)).toEqual(["b", "a", "c"]);
  });
});
