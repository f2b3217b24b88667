import { describe, expect, it } from "vitest";
import { cumulativeRevenueSeries, revenueByMonth } from "../cumulative-revenue.ts";

// North 2025 in miniature: a target of 3,200,000.00 and 288,000.00 remitted each month = 3,456,000.00.
const north = Array.from({ length: 12 }, (_, i) => ({ month: i + 1, revenue: "288000.00" }));

describe("cumulativeRevenueSeries", () => {
  it("accumulates a finished year in 万元 with the target and the linear pace, and no projection", () => {
    const points = cumulativeRevenueSeries({ months: north, target: "3200000.00", throughMonth: 12, projectedRevenue: "3456000.00" });
    expect(points).toHaveLength(12);
    expect(points[0]).toEqual({ month: 1, actual: 28.8, target: 320, pace: 26.666667, projection: null });
    expect(points[5]).toMatchObject({ month: 6, actual: 172.8, pace: 160 });
    expect(points[11]).toEqual({ month: 12, actual: 345.6, target: 320, pace: 320, projection: null });
  });

  it("stops the actual line at the as-of month and projects straight to the year end from there", () => {
    const points = cumulativeRevenueSeries({ months: north, target: "3200000.00", throughMonth: 6, projectedRevenue: "3600000.00" });
    expect(points[5].actual).toBe(172.8);
    expect(points[6].actual).toBeNull();
    expect(points[4].projection).toBeNull();
    expect(points[5].projection).toBe(172.8); // the projection starts where the actual ends
    expect(points[8].projection).toBe(266.4); // halfway: 172.8 + (360 − 172.8) / 2
    expect(points[11].projection).toBe(360);
  });

  it("adds exactly: ten 0.10 remittances make 1.00 yuan, not 0.9999999", () => {
    const dimes = Array.from({ length: 10 }, () => ({ month: 3, revenue: "0.10" }));
    expect(revenueByMonth(dimes)[2].toFixed(2)).toBe("1.00");
    expect(cumulativeRevenueSeries({ months: dimes, target: "100", throughMonth: 12 })[11].actual).toBe(0.0001);
  });

  it("counts a month with no remittances as zero and keeps corrections (negative amounts)", () => {
    const months = [
      { month: 1, revenue: "10000.00" },
      { month: 3, revenue: "-2500.00" },
      { month: 3, revenue: "500.00" },
    ];
    const points = cumulativeRevenueSeries({ months, target: "120000", throughMonth: 3 });
    expect(points.map((p) => p.actual).slice(0, 4)).toEqual([1, 1, 0.8, null]);
    expect(points.every((p) => p.projection === null)).toBe(true);
  });
});
