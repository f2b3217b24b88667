import { describe, expect, it } from "vitest";
import { dimensionMultiples } from "./shape-dimension-multiples.ts";
import { MAX_CHART_POINTS, MAX_LINE_UNITS } from "../../charts/chart-limits.ts";
import { byRank, byTotal, limitTrendSeries, rankTicks, trendSeries, worstDrawnRank, worstRank, type TrendPointInput } from "./shape-trend-series.ts";
import { trendHighlights } from "./shape-highlights.ts";
import { yearOverYear } from "./shape-year-over-year.ts";

const point = (year: number, code: string, total: number, rank: number, cost: number | null = 100): TrendPointInput => ({
  year,
  unit: { code, name: code.toUpperCase() },
  total,
  rank,
  grade: total >= 90 ? "EXCELLENT" : "GOOD",
  completionRate: 100,
  finalized: false,
  scores: [
    { dimension: "REVENUE", score: total },
    { dimension: "COST", score: cost },
    { dimension: "SATISFACTION", score: 80 },
    { dimension: "COOPERATION", score: 50.5 },
  ],
});

const points = [
  point(2023, "east", 80.1, 2),
  point(2023, "north", 90.1, 1),
  point(2024, "east", 85, 2),
  point(2024, "north", 91, 1),
  point(2025, "north", 92.33, 2),
  point(2025, "east", 95, 1),
];

describe("trendSeries", () => {
  it("gives one row per year and one value per unit, legend in the latest standings", () => {
    const series = trendSeries(points, byTotal);
    expect(series.years).toEqual([2023, 2024, 2025]);
    expect(series.units.map((u) => u.code)).toEqual(["east", "north"]);
    expect(series.rows[2]).toEqual({ year: 2025, values: { east: 95, north: 92.33 } });
    expect(trendSeries(points, byRank).rows[0].values).toEqual({ east: 2, north: 1 });
  });

  it("keeps missing years as gaps (null), not as dropped x positions", () => {
    const series = trendSeries([point(2021, "north", 90, 1), point(2023, "north", 91, 1)], byTotal);
    expect(series.rows.map((r) => r.values.north)).toEqual([90, null, 91]);
  });

  it("finds the lowest rank for the reversed rank axis", () => {
    expect(worstRank(points)).toBe(2);
    expect(worstRank([])).toBe(1);
  });
});

describe("dimensionMultiples", () => {
  it("reaches above 100 when a capped score does (revenue up to 120)", () => {
    expect(dimensionMultiples([point(2025, "hall", 112, 1)])[0].domain).toEqual([40, 120]); // cooperation 50.5 is the lowest
  });

  it("makes four panels with a shared domain and gaps where a dimension did not apply", () => {
    const panels = dimensionMultiples([...points, point(2025, "hall", 70, 3, null)]);
    expect(panels.map((p) => p.dimension)).toEqual(["REVENUE", "COST", "SATISFACTION", "COOPERATION"]);
    expect(panels.every((p) => p.domain[0] === 40 && p.domain[1] === 100)).toBe(true);
    expect(panels[0].ticks).toEqual([40, 60, 80, 100]);
    expect(panels[1].rows[2].values.hall).toBeNull();
    expect(panels[3].rows[2].values.north).toBe(50.5);
  });
});

describe("yearOverYear", () => {
  it("gives exact total changes and rank changes as places gained", () => {
    const table = yearOverYear(points);
    expect(table.years).toEqual([2023, 2024, 2025]);
    const north = table.rows.find((r) => r.unitCode === "north")!;
    expect(north.cells[0]).toMatchObject({ total: 90.1, totalDelta: null, rankDelta: null, totalDirection: null });
    expect(north.cells[2]).toMatchObject({ total: 92.33, totalDelta: 1.33, rankDelta: -1, totalDirection: "up", rankDirection: "down" });
    const east = table.rows.find((r) => r.unitCode === "east")!;
    expect(east.cells[1]).toMatchObject({ totalDelta: 4.9, rankDelta: 0, rankDirection: "same" });
    expect(east.cells[2]).toMatchObject({ totalDelta: 10, rankDelta: 1, rankDirection: "up" });
  });

  it("leaves a cell empty for a year the unit was not assessed, and no change after the gap", () => {
    const table = yearOverYear([point(2023, "north", 90, 1), point(2024, "east", 80, 1), point(2025, "north", 91, 1)]);
    const north = table.rows.find((r) => r.unitCode === "north")!;
    expect(north.cells[1]).toBeNull();
    expect(north.cells[2]).toMatchObject({ totalDelta: null, rankDelta: null });
  });
});

describe("trendHighlights", () => {
  it("names the leader, the biggest riser and the biggest faller of the latest year", () => {
    const south = [point(2024, "south", 88, 3), point(2025, "south", 80, 3)];
    const highlights = trendHighlights([...points, ...south]);
    expect(highlights).toEqual({
      scope: "department",
      firstYear: 2023,
      lastYear: 2025,
      unitCount: 3,
      leader: { unitCode: "east", total: 95 },
      mostImproved: { unitCode: "east", total: 95, totalDelta: 10, rankDelta: 1 },
      mostDeclined: { unitCode: "south", total: 80, totalDelta: -8, rankDelta: 0 },
    });
  });

  it("has no faller when everybody improved, and nothing without points", () => {
    expect(trendHighlights(points)).toMatchObject({ scope: "department", mostDeclined: null });
    expect(trendHighlights([])).toBeNull();
  });

  // What a station head receives while 2025 is open: their own unit only, with its department rank.
  const northOnly = [point(2023, "north", 88.1, 1), point(2024, "north", 90.2, 2), point(2025, "north", 92.33, 3)];

  it("does not crown a station head's unit first among one: it describes that unit", () => {
    const highlights = trendHighlights(northOnly, "north");
    expect(highlights).toEqual({
      scope: "unit",
      firstYear: 2023,
      lastYear: 2025,
      unitCode: "north",
      latest: { total: 92.33, rank: 3 },
      change: { unitCode: "north", total: 92.33, totalDelta: 2.13, rankDelta: -1 },
    });
  });

  it("compares units again once the head's latest year is finalised (every unit is then visible)", () => {
    const finalized = [...points, ...[point(2025, "south", 70, 3)]].map((p) => ({ ...p, finalized: true }));
    expect(trendHighlights(finalized, "north")?.scope).toBe("department");
  });
});

describe("trend lines with 1,000 units", () => {
  // Three years of a benchmark-sized company; the ranks shuffle from year to year.
  const years = [2023, 2024, 2025];
  const many = years.flatMap((year, y) =>
    Array.from({ length: 1000 }, (_, i) => {
      const rank = ((i * [7, 11, 13][y]) % 1000) + 1; // multipliers prime to 1,000: each year a permutation
      return point(year, `u${String(i).padStart(4, "0")}`, 100 - rank / 20, rank);
    }),
  );
  const drawnValues = (rows: { values: Record<string, number | null> }[]) => rows.reduce((sum, row) => sum + Object.keys(row.values).length, 0);

  it("draws MAX_LINE_UNITS lines, the best of the latest year first, and keeps the picked unit", () => {
    const latestLast = many.find((p) => p.year === 2025 && p.rank === 1000)!.unit.code;
    const totals = limitTrendSeries(trendSeries(many, byTotal), MAX_LINE_UNITS, latestLast);
    expect(totals.units).toHaveLength(MAX_LINE_UNITS);
    expect(totals.total).toBe(1000);
    const latestRank = new Map(many.filter((p) => p.year === 2025).map((p) => [p.unit.code, p.rank]));
    expect(totals.units.slice(0, -1).map((u) => latestRank.get(u.code))).toEqual(Array.from({ length: MAX_LINE_UNITS - 1 }, (_, i) => i + 1));
    expect(totals.units.at(-1)!.code).toBe(latestLast);
    // Years × drawn lines: 60 points, not 3,000.
    expect(drawnValues(totals.rows)).toBe(years.length * MAX_LINE_UNITS);
    expect(drawnValues(totals.rows)).toBeLessThanOrEqual(MAX_CHART_POINTS);
  });

  it("limits every dimension panel the same way", () => {
    const panels = dimensionMultiples(many).map((panel) => limitTrendSeries(panel, MAX_LINE_UNITS, null));
    for (const panel of panels) {
      expect(panel.units).toHaveLength(MAX_LINE_UNITS);
      expect(drawnValues(panel.rows)).toBeLessThanOrEqual(MAX_CHART_POINTS);
    }
    expect(panels.every((panel) => panel.units.map((u) => u.code).join() === panels[0].units.map((u) => u.code).join())).toBe(true);
  });

  it("reaches the rank axis down to the drawn lines' lowest place, with a few round ticks", () => {
    const ranks = limitTrendSeries(trendSeries(many, byRank), MAX_LINE_UNITS, null);
    const bottom = worstDrawnRank(ranks);
    expect(bottom).toBeLessThanOrEqual(1000);
    expect(bottom).toBe(Math.max(...ranks.rows.flatMap((row) => Object.values(row.values) as number[])));
    expect(rankTicks(1000)).toEqual([1, 200, 400, 600, 800, 1000]);
    expect(rankTicks(57)).toEqual([1, 20, 40]);
    expect(rankTicks(5)).toEqual([1, 2, 3, 4, 5]);
    expect(worstDrawnRank(limitTrendSeries(trendSeries(points, byRank), MAX_LINE_UNITS, null))).toBe(worstRank(points));
  });
});
