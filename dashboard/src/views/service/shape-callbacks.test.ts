import { describe, expect, it } from "vitest";
import { MAX_BAR_UNITS, limitUnits } from "../../charts/chart-limits.ts";
import { byLowestSatisfaction, callbackShares, callbacksByMonth } from "./shape-callbacks.ts";

const counts = (satisfied: number, basically: number, dissatisfied: number) => ({
  callbacksSatisfied: satisfied,
  callbacksBasicallySatisfied: basically,
  callbacksDissatisfied: dissatisfied,
});

describe("callbackShares", () => {
  it("gives the worked example's north station 75 / 12.5 / 12.5 % and the assessment's rate 81.25 %", () => {
    const [north] = callbackShares([{ unit: { code: "north", name: "城北管理站" }, ...counts(30, 5, 5) }]);
    expect(north).toMatchObject({
      unitCode: "north",
      callbacks: 40,
      satisfiedShare: 75,
      basicallySatisfiedShare: 12.5,
      dissatisfiedShare: 12.5,
      satisfactionRate: 81.25,
    });
  });

  it("has no rate without callbacks (the assessment then uses the full base, not a rate)", () => {
    const [quiet] = callbackShares([{ unit: { code: "hall", name: "收费大厅" }, ...counts(0, 0, 0) }]);
    expect(quiet).toMatchObject({ callbacks: 0, satisfiedShare: 0, satisfactionRate: null });
  });
});

describe("callbacksByMonth", () => {
  it("adds units' months together and fills the silent months with zero", () => {
    const points = callbacksByMonth([
      { month: 4, ...counts(2, 1, 0) },
      { month: 4, ...counts(1, 0, 1) },
    ]);
    expect(points).toHaveLength(12);
    expect(points[3]).toEqual({ month: 4, total: 5, ...counts(3, 1, 1) });
    expect(points[0]).toEqual({ month: 1, total: 0, ...counts(0, 0, 0) });
  });
});

describe("byLowestSatisfaction", () => {
  it("puts the lowest 满意率 first and units without callbacks last", () => {
    const rows = callbackShares([
      { unit: { code: "quiet", name: "quiet" }, ...counts(0, 0, 0) },
      { unit: { code: "north", name: "north" }, ...counts(30, 5, 5) },
      { unit: { code: "south", name: "south" }, ...counts(10, 5, 5) },
    ]);
    expect(byLowestSatisfaction(rows).map((r) => r.unitCode)).toEqual(["south", "north", "quiet"]);
  });

  it("draws MAX_BAR_UNITS of 1,000 units", () => {
    const rows = callbackShares(Array.from({ length: 1000 }, (_, i) => ({ unit: { code: `u${i}`, name: `u${i}` }, ...counts(i % 40, 3, 2) })));
    const drawn = limitUnits(byLowestSatisfaction(rows), MAX_BAR_UNITS, (row) => row.unitCode);
    expect(drawn.shown).toHaveLength(MAX_BAR_UNITS);
    expect(drawn.total).toBe(1000);
    expect(drawn.shown[0].satisfactionRate).toBe(30); // (0 + 3 / 2) / 5
  });
});
