import { describe, expect, it } from "vitest";
import { cumulativeRevenueFor, cumulativeRevenueSeries, revenueByMonth } from "./shape-cumulative-revenue.ts";

// North 2025 in miniature: a target of 3,200,000.00 and 288,000.00 remitted each month = 3,456,000.00.
const north = Array.from({ length: 12 }, (_, i) => ({ month: i + 1, revenue: "288000.00" }));

describe("cumulativeRevenueSeries", () => {
  it("accumulates a finished year in 万元 with the target and the linear pace, and no projection", () => {
    const points = cumulativeRevenueSeries({ months: north, target: "3200000.00", throughMonth: 12, projectedRevenue: "3456000.00" });
    expect(points).toHaveLength(12);
    expect(points[0]).toEqual({ month: 1, actual: 28.8, target: 320, pace: 26.67, projection: null });
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

  it("adds exactly before rounding to 万元: 44.37 + 5.26 + 0.37 is 50.00 yuan (floats say 49.999…)", () => {
    const months = ["44.37", "5.26", "0.37"].map((revenue) => ({ month: 3, revenue }));
    expect(revenueByMonth(months)[2].toFixed(2)).toBe("50.00");
    // 50 yuan is half of the last 万元 digit and rounds up; the float sum would round down to 0.
    expect(cumulativeRevenueSeries({ months, target: "100", throughMonth: 12 })[11].actual).toBe(0.01);
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

describe("cumulativeRevenueFor", () => {
  const monthly = [
    { month: 1, revenue: "100000.00", unit: { code: "north" } },
    { month: 1, revenue: "50000.00", unit: { code: "hall" } },
    { month: 2, revenue: "100000.00", unit: { code: "north" } },
  ];
  const projections = [
    { unit: { code: "north" }, revenueTarget: "1200000.00", projectedRevenue: "1300000.00" },
    { unit: { code: "hall" }, revenueTarget: "600000.00", projectedRevenue: "500000.00" },
  ];

  it("draws one unit against its own target", () => {
    const points = cumulativeRevenueFor(monthly, projections, "north", 2);
    expect(points[1]).toMatchObject({ actual: 20, target: 120, pace: 20, projection: 20 });
    expect(points[11].projection).toBe(130);
  });

  it("adds the units up for the department", () => {
    const points = cumulativeRevenueFor(monthly, projections, null, 2);
    expect(points[1]).toMatchObject({ actual: 25, target: 180, pace: 30 });
    expect(points[11].projection).toBe(180);
  });

  it("is empty for a unit without a contract", () => {
    expect(cumulativeRevenueFor(monthly, projections, "east", 2)).toEqual([]);
  });
});
