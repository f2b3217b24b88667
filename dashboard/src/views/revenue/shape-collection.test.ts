import { describe, expect, it } from "vitest";
import { collectionChartRows, hasAnyRate } from "./shape-collection.ts";

const months = (rates: Record<number, number>) => Array.from({ length: 12 }, (_, i) => ({ month: i + 1, collectionRate: rates[i + 1] ?? null }));

describe("collection chart rows", () => {
  const series = [
    { unit: { code: "north" }, months: months({ 3: 90, 4: 102.5 }) },
    { unit: { code: "south" }, months: months({ 3: 85 }) },
    { unit: null, months: months({ 3: 88.12, 4: 102.5 }) },
  ];

  it("gives twelve months with each unit's rate and the department's, gaps where a month has none", () => {
    const rows = collectionChartRows(series, ["north", "south"]);
    expect(rows).toHaveLength(12);
    expect(rows[2]).toEqual({ month: 3, department: 88.12, rates: { north: 90, south: 85 } });
    expect(rows[3]).toEqual({ month: 4, department: 102.5, rates: { north: 102.5, south: null } });
    expect(rows[0]).toEqual({ month: 1, department: null, rates: { north: null, south: null } });
  });

  it("draws only the units asked for (the chart's limit), the department always", () => {
    const rows = collectionChartRows(series, ["south"]);
    expect(rows[2]).toEqual({ month: 3, department: 88.12, rates: { south: 85 } });
  });

  it("tells whether any month has a rate", () => {
    expect(hasAnyRate(series)).toBe(true);
    expect(hasAnyRate([{ unit: null, months: months({}) }])).toBe(false);
  });
});
