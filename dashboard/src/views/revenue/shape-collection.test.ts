import { describe, expect, it } from "vitest";
import { collectionChartPoints, collectionRow, DEPARTMENT_KEY, type CollectionSeriesInput } from "./shape-collection.ts";

const month = (m: number, receivable: string, collected: string, rate: number | null) => ({
  month: m,
  hasRegister: rate !== null || receivable !== "0.00",
  receivable,
  collected,
  collectionRate: rate,
});
const none = (m: number) => ({ month: m, hasRegister: false, receivable: "0.00", collected: "0.00", collectionRate: null });
const twelve = (given: Record<number, ReturnType<typeof month>>) => Array.from({ length: 12 }, (_, i) => given[i + 1] ?? none(i + 1));

const series: CollectionSeriesInput[] = [
  { unit: { code: "north" }, months: twelve({ 3: month(3, "34500.00", "31050.00", 90), 4: month(4, "34500.00", "33810.00", 98) }) },
  { unit: { code: "hall" }, months: twelve({ 4: month(4, "300.00", "330.00", 110) }) },
  { unit: null, months: twelve({ 3: month(3, "34500.00", "31050.00", 90), 4: month(4, "34800.00", "34140.00", 98.1) }) },
];

describe("the rate-by-month chart", () => {
  it("has a point per month with each unit's rate and the department's, null where not applicable", () => {
    const { points, keys } = collectionChartPoints(series);
    expect(keys).toEqual(["north", "hall", DEPARTMENT_KEY]);
    expect(points).toHaveLength(12);
    expect(points[2]).toEqual({ month: 3, north: 90, hall: null, [DEPARTMENT_KEY]: 90 });
    expect(points[3]).toEqual({ month: 4, north: 98, hall: 110, [DEPARTMENT_KEY]: 98.1 });
    expect(points[0]).toEqual({ month: 1, north: null, hall: null, [DEPARTMENT_KEY]: null });
  });

  it("leaves the department's line out when asked (a station head's open year)", () => {
    expect(collectionChartPoints(series, false).keys).toEqual(["north", "hall"]);
  });
});

describe("the collection table", () => {
  it("sums the register months exactly and takes the rate of the sums", () => {
    expect(collectionRow(series[0])).toEqual({
      key: "north",
      unitCode: "north",
      monthsWithRegister: 2,
      receivable: "69000.00",
      collected: "64860.00",
      collectionRate: 94,
      lowest: 90,
      highest: 98,
    });
    expect(collectionRow(series[2])).toMatchObject({ unitCode: null, receivable: "69300.00", collected: "65190.00", collectionRate: 94.07 });
  });

  it("has no rate without a register", () => {
    expect(collectionRow({ unit: { code: "east" }, months: twelve({}) })).toMatchObject({
      monthsWithRegister: 0,
      collectionRate: null,
      lowest: null,
    });
  });
});
