import { describe, expect, it } from "vitest";
import { categoryShares, revenueByCategorySeries } from "./shape-revenue-by-category.ts";

const row = (month: number, viewingFee: string, inspectionFee: string, arrears: string) => ({ month, viewingFee, inspectionFee, arrears });

describe("revenueByCategorySeries", () => {
  it("gives twelve months, zero where nothing was remitted, in 万元", () => {
    const points = revenueByCategorySeries([row(2, "250000.00", "12000.00", "8000.00")]);
    expect(points).toHaveLength(12);
    expect(points[0]).toEqual({ month: 1, viewingFee: 0, inspectionFee: 0, arrears: 0, total: 0 });
    expect(points[1]).toEqual({ month: 2, viewingFee: 25, inspectionFee: 1.2, arrears: 0.8, total: 27 });
  });

  it("adds up the rows of several units exactly (department view)", () => {
    const points = revenueByCategorySeries([row(5, "44.37", "0", "0"), row(5, "5.26", "0", "0"), row(5, "0.37", "100", "0")]);
    expect(points[4]).toEqual({ month: 5, viewingFee: 0.01, inspectionFee: 0.01, arrears: 0, total: 0.02 });
  });

  it("leaves the months after the as-of month empty", () => {
    const points = revenueByCategorySeries([row(6, "10000", "0", "0"), row(7, "10000", "0", "0")], 6);
    expect(points[5].total).toBe(1);
    expect(points[6].total).toBe(0);
    expect(categoryShares([row(6, "100", "0", "0"), row(7, "0", "100", "0")], 6)).toEqual({ viewingFee: 100, inspectionFee: 0, arrears: 0 });
  });

  it("ignores months outside 1–12 rather than shifting bars", () => {
    expect(revenueByCategorySeries([row(13, "1", "1", "1")]).every((p) => p.total === 0)).toBe(true);
  });
});

describe("categoryShares", () => {
  it("gives each category's share of the year in percent", () => {
    expect(categoryShares([row(1, "750", "150", "100")])).toEqual({ viewingFee: 75, inspectionFee: 15, arrears: 10 });
  });

  it("is zero everywhere for a year without remittances", () => {
    expect(categoryShares([])).toEqual({ viewingFee: 0, inspectionFee: 0, arrears: 0 });
  });
});
