import { describe, expect, it } from "vitest";
import { MAX_BAR_UNITS } from "../../charts/chart-limits.ts";
import { committeeSpread, quantile, spreadDomain, spreadsToDraw } from "./shape-committee-spread.ts";

const north = { code: "north", name: "城北管理站" };
const east = { code: "east", name: "城东管理站" };
const scores = (unit: typeof north, dimension: string, values: number[]) => values.map((score) => ({ unit, dimension, score }));

describe("quantile", () => {
  it("interpolates between closest ranks like Excel's QUARTILE.INC", () => {
    expect(quantile([1, 2, 3, 4], 0.25)).toBe(1.75);
    expect(quantile([7], 0.75)).toBe(7);
  });
});

describe("committeeSpread", () => {
  it("summarises the worked example's north satisfaction scores 78, 85, 88, 93, 93", () => {
    const spread = committeeSpread(scores(north, "SATISFACTION", [93, 78, 88, 93, 85]));
    expect(spread.SATISFACTION).toEqual([
      {
        unitCode: "north",
        unitName: "城北管理站",
        count: 5,
        min: 78,
        q1: 85,
        median: 88,
        q3: 93,
        max: 93,
        mean: 87.4,
        whisker: [78, 93],
        box: [85, 93],
        scores: [78, 85, 88, 93, 93],
      },
    ]);
    expect(spread.COOPERATION).toEqual([]);
  });

  it("keeps units in first-seen order in both dimensions and leaves out unscored ones", () => {
    const spread = committeeSpread([
      ...scores(east, "SATISFACTION", [80, 90]),
      ...scores(north, "SATISFACTION", [70]),
      ...scores(north, "COOPERATION", [72, 75, 82, 86, 90]),
    ]);
    expect(spread.SATISFACTION.map((s) => s.unitCode)).toEqual(["east", "north"]);
    expect(spread.SATISFACTION[0]).toMatchObject({ q1: 82.5, median: 85, q3: 87.5 });
    expect(spread.COOPERATION.map((s) => s.unitCode)).toEqual(["north"]);
    expect(spread.COOPERATION[0].median).toBe(82);
  });
});

describe("spreadDomain", () => {
  it("starts at a round ten with some room under the lowest score and ends at 100", () => {
    const spread = committeeSpread(scores(north, "COOPERATION", [72, 75, 82, 86, 90]));
    expect(spreadDomain(spread.COOPERATION)).toEqual([60, 100]);
    expect(spreadDomain([])).toEqual([90, 100]);
  });
});

describe("spreadsToDraw", () => {
  it("puts the widest disagreement first, in the same order on both dimensions", () => {
    const spread = committeeSpread([
      ...scores(north, "SATISFACTION", [80, 82]),
      ...scores(east, "SATISFACTION", [60, 95]),
      ...scores(north, "COOPERATION", [50, 90]),
      ...scores(east, "COOPERATION", [70, 75]),
    ]);
    const drawn = spreadsToDraw(spread, MAX_BAR_UNITS);
    // north's widest range is 40 (cooperation), east's 35 (satisfaction).
    expect(drawn.spreads.SATISFACTION.map((s) => s.unitCode)).toEqual(["north", "east"]);
    expect(drawn.spreads.COOPERATION.map((s) => s.unitCode)).toEqual(["north", "east"]);
    expect(drawn.shown.SATISFACTION).toEqual({ shown: 2, total: 2 });
  });

  it("draws MAX_BAR_UNITS box plots per dimension of 1,000 units and keeps the selected unit", () => {
    const rows = Array.from({ length: 1000 }, (_, i) => {
      const unit = { code: `u${i}`, name: `单位${i}` };
      const low = 60 + (i % 30);
      return [...scores(unit, "SATISFACTION", [low, 95, 90]), ...scores(unit, "COOPERATION", [low + 5, 92, 88])];
    }).flat();
    const drawn = spreadsToDraw(committeeSpread(rows), MAX_BAR_UNITS, "u29");
    for (const dimension of ["SATISFACTION", "COOPERATION"] as const) {
      expect(drawn.spreads[dimension]).toHaveLength(MAX_BAR_UNITS);
      expect(drawn.shown[dimension]).toEqual({ shown: MAX_BAR_UNITS, total: 1000 });
      expect(drawn.spreads[dimension][0].unitCode).toBe("u0"); // 60 to 95: the widest range of all
      // A box, a whisker and three dots per unit: far below 1,000 marks.
      expect(drawn.spreads[dimension].reduce((marks, s) => marks + 2 + s.scores.length, 0)).toBeLessThanOrEqual(1000);
    }
    expect(drawn.spreads.SATISFACTION.at(-1)!.unitCode).toBe("u29"); // the narrowest range, picked in the URL
  });
});
