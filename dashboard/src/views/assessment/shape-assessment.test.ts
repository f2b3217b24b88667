import { describe, expect, it } from "vitest";
import { MAX_BAR_UNITS, MAX_RADAR_UNITS } from "../../charts/chart-limits.ts";
import { radarDomainMax, resultsToDraw, shapeRadar, shapeTotalsBreakdown, type ResultLike } from "./shape-assessment.ts";

// The worked example's north station (ASSESSMENT.md §8).
const north: ResultLike = {
  rank: 1,
  total: 92.33,
  unit: { code: "north", name: "城北管理站" },
  scores: [
    { dimension: "REVENUE", score: 108, weight: 40, applicable: true },
    { dimension: "COST", score: 102.5, weight: 20, applicable: true },
    { dimension: "SATISFACTION", score: 84.22, weight: 25, applicable: true },
    { dimension: "COOPERATION", score: 50.5, weight: 15, applicable: true },
  ],
};

const noBudget: ResultLike = {
  rank: 2,
  total: 90,
  unit: { code: "hall", name: "收费大厅" },
  scores: [
    { dimension: "REVENUE", score: 100, weight: 40, applicable: true },
    { dimension: "COST", score: null, weight: 20, applicable: false },
    { dimension: "SATISFACTION", score: 80, weight: 25, applicable: true },
    { dimension: "COOPERATION", score: 80, weight: 15, applicable: true },
  ],
};

describe("totals breakdown", () => {
  it("splits the total into weighted contributions that add up to it", () => {
    const [row] = shapeTotalsBreakdown([north]);
    expect(row).toMatchObject({ code: "north", REVENUE: 43.2, COST: 20.5, SATISFACTION: 21.06, COOPERATION: 7.58 });
    expect(row.REVENUE + row.COST + row.SATISFACTION + row.COOPERATION).toBeCloseTo(92.33, 1);
  });

  it("renormalises over the applicable dimensions", () => {
    const [row] = shapeTotalsBreakdown([noBudget]);
    expect(row.COST).toBe(0);
    expect(row.REVENUE).toBe(50); // 40 × 100 / 80
    expect(row.REVENUE + row.SATISFACTION + row.COOPERATION).toBeCloseTo(90, 5);
  });

  it("names bars through the given lookup", () => {
    expect(shapeTotalsBreakdown([north], () => "North station")[0].name).toBe("North station");
  });
});

describe("radar", () => {
  it("has one spoke per dimension with each unit's score", () => {
    const rows = shapeRadar([north, noBudget]);
    expect(rows.map((r) => r.dimension)).toEqual(["REVENUE", "COST", "SATISFACTION", "COOPERATION"]);
    expect(rows[0]).toEqual({ dimension: "REVENUE", north: 108, hall: 100 });
    expect(rows[1]).toEqual({ dimension: "COST", north: 102.5, hall: null });
  });

  it("widens the scale past 100 for capped bonus scores", () => {
    expect(radarDomainMax([north])).toBe(110);
    expect(radarDomainMax([])).toBe(100);
  });
});

/** A benchmark-sized year: 1,000 units, listed in code order, ranked by a scrambled total. */
const thousandUnits: ResultLike[] = Array.from({ length: 1000 }, (_, i) => {
  const rank = ((i * 379) % 1000) + 1;
  const score = 100 - rank / 20;
  return {
    rank,
    total: score,
    unit: { code: `u${String(i + 1).padStart(4, "0")}`, name: `单位${i + 1}` },
    scores: ["REVENUE", "COST", "SATISFACTION", "COOPERATION"].map((dimension) => ({ dimension, score, weight: 25, applicable: true })),
  };
});

describe("units drawn with 1,000 units", () => {
  it("draws at most MAX_BAR_UNITS stacked bars, best rank first", () => {
    const bars = resultsToDraw(thousandUnits, MAX_BAR_UNITS);
    const rows = shapeTotalsBreakdown(bars.shown);
    expect(rows).toHaveLength(MAX_BAR_UNITS);
    expect(bars).toMatchObject({ hidden: 1000 - MAX_BAR_UNITS, total: 1000 });
    expect(bars.shown.map((r) => r.rank)).toEqual(Array.from({ length: MAX_BAR_UNITS }, (_, i) => i + 1));
    // Four segments per bar: the chart draws 160 rectangles, not 4,000.
    expect(rows.length * 4).toBeLessThanOrEqual(1000);
  });

  it("draws at most MAX_RADAR_UNITS polygons and keeps the selected unit, whatever its rank", () => {
    const last = thousandUnits.find((r) => r.rank === 1000)!.unit.code;
    const polygons = resultsToDraw(thousandUnits, MAX_RADAR_UNITS, last);
    const spokes = shapeRadar(polygons.shown);
    expect(spokes).toHaveLength(4);
    for (const spoke of spokes) expect(Object.keys(spoke).filter((key) => key !== "dimension")).toHaveLength(MAX_RADAR_UNITS);
    expect(polygons.shown.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 1000]);
    expect(polygons.total).toBe(1000);
  });

  it("draws every unit of the demo year (five units), in rank order", () => {
    const drawn = resultsToDraw([noBudget, north], MAX_RADAR_UNITS, "north");
    expect(drawn.shown.map((r) => r.unit.code)).toEqual(["north", "hall"]);
    expect(drawn).toMatchObject({ hidden: 0, total: 2 });
  });

  it("sizes the radar to the units it draws", () => {
    expect(
      radarDomainMax(
        resultsToDraw(
          [
            { ...north, rank: 2 },
            { ...noBudget, rank: 1 },
          ],
          1,
        ).shown,
      ),
    ).toBe(100); // north's 108 is not drawn
  });
});
