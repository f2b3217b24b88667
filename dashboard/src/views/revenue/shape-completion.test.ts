import { describe, expect, it } from "vitest";
import { MAX_LINE_UNITS, limitUnits } from "../../charts/chart-limits.ts";
import { completionByUnit, unitCodesByCompletion } from "./shape-completion.ts";

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

describe("unitCodesByCompletion", () => {
  const row = (code: string, completionRate: number) => ({ unit: unit(code), revenueActual: "1", completionRate, revenueTarget: "1" });

  it("orders the small multiples like the completion chart, units without a contract last", () => {
    expect(unitCodesByCompletion(["north", "new", "south", "east"], [row("south", 93), row("north", 108), row("east", 99)])).toEqual([
      "north",
      "east",
      "south",
      "new",
    ]);
  });

  it("leaves out rows of units not listed (retired units)", () => {
    expect(unitCodesByCompletion(["north"], [row("north", 90), row("gone", 120)])).toEqual(["north"]);
  });

  it("draws MAX_LINE_UNITS small charts of 1,000 units, the best completions", () => {
    const codes = Array.from({ length: 1000 }, (_, i) => `u${i}`);
    const rows = codes.map((code, i) => row(code, (i * 37) % 1000));
    const drawn = limitUnits(unitCodesByCompletion(codes, rows), MAX_LINE_UNITS, (code) => code);
    expect(drawn.shown).toHaveLength(MAX_LINE_UNITS);
    expect(drawn.total).toBe(1000);
    expect(rows.find((r) => r.unit.code === drawn.shown[0])!.completionRate).toBe(999);
  });
});
