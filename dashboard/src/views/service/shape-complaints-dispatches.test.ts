import { describe, expect, it } from "vitest";
import { MAX_BAR_UNITS, limitUnits } from "../../charts/chart-limits.ts";
import { byMostComplaints, complaintsByMonth, complaintsByUnit } from "./shape-complaints.ts";
import { byLowestOnTime, dispatchesByMonth, dispatchesByUnit } from "./shape-dispatches.ts";

describe("complaints", () => {
  it("stacks plain and repeat complaints per month", () => {
    const points = complaintsByMonth([
      { month: 2, complaints: 1, repeatComplaints: 0 },
      { month: 2, complaints: 1, repeatComplaints: 1 },
      { month: 11, complaints: 0, repeatComplaints: 1 },
    ]);
    expect(points[1]).toEqual({ month: 2, complaints: 2, repeatComplaints: 1, total: 3 });
    expect(points[10]).toEqual({ month: 11, complaints: 0, repeatComplaints: 1, total: 1 });
    expect(points.reduce((sum, p) => sum + p.total, 0)).toBe(4);
  });

  it("keeps one row per unit in the given order", () => {
    const rows = complaintsByUnit([
      { unit: { code: "south", name: "城南管理站" }, complaints: 3, repeatComplaints: 1 },
      { unit: { code: "north", name: "城北管理站" }, complaints: 0, repeatComplaints: 0 },
    ]);
    expect(rows).toEqual([
      { unitCode: "south", unitName: "城南管理站", complaints: 3, repeatComplaints: 1, total: 4 },
      { unitCode: "north", unitName: "城北管理站", complaints: 0, repeatComplaints: 0, total: 0 },
    ]);
  });
});

describe("dispatches", () => {
  it("gives the north station's 6 orders (3 on time, 3 refused) an on-time rate of 50 %", () => {
    const [north] = dispatchesByUnit([{ unit: { code: "north", name: "城北管理站" }, dispatchesOnTime: 3, dispatchesLate: 0, dispatchesRefused: 3 }]);
    expect(north).toMatchObject({ total: 6, dispatchesRefused: 3, onTimeRate: 50 });
  });

  it("has no on-time rate for a unit without orders", () => {
    const [hall] = dispatchesByUnit([{ unit: { code: "hall", name: "收费大厅" }, dispatchesOnTime: 0, dispatchesLate: 0, dispatchesRefused: 0 }]);
    expect(hall.onTimeRate).toBeNull();
  });

  it("counts orders per month", () => {
    const points = dispatchesByMonth([{ month: 7, dispatchesOnTime: 1, dispatchesLate: 1, dispatchesRefused: 0 }]);
    expect(points[6]).toEqual({ month: 7, dispatchesOnTime: 1, dispatchesLate: 1, dispatchesRefused: 0, total: 2 });
  });
});

describe("chart order", () => {
  const unit = (code: string) => ({ code, name: code });

  it("puts the most complaints first", () => {
    const rows = complaintsByUnit([
      { unit: unit("north"), complaints: 1, repeatComplaints: 0 },
      { unit: unit("south"), complaints: 3, repeatComplaints: 1 },
      { unit: unit("east"), complaints: 0, repeatComplaints: 0 },
    ]);
    expect(byMostComplaints(rows).map((r) => r.unitCode)).toEqual(["south", "north", "east"]);
  });

  it("puts the lowest on-time rate first and units without orders last", () => {
    const rows = dispatchesByUnit([
      { unit: unit("hall"), dispatchesOnTime: 0, dispatchesLate: 0, dispatchesRefused: 0 },
      { unit: unit("north"), dispatchesOnTime: 3, dispatchesLate: 0, dispatchesRefused: 3 },
      { unit: unit("east"), dispatchesOnTime: 5, dispatchesLate: 1, dispatchesRefused: 0 },
    ]);
    expect(byLowestOnTime(rows).map((r) => r.unitCode)).toEqual(["north", "east", "hall"]);
  });

  it("draws MAX_BAR_UNITS of 1,000 units and keeps the selected one", () => {
    const rows = dispatchesByUnit(
      Array.from({ length: 1000 }, (_, i) => ({ unit: unit(`u${i}`), dispatchesOnTime: i % 10, dispatchesLate: 1, dispatchesRefused: 1 })),
    );
    const drawn = limitUnits(byLowestOnTime(rows), MAX_BAR_UNITS, (row) => row.unitCode, "u9");
    expect(drawn.shown).toHaveLength(MAX_BAR_UNITS);
    expect(drawn.shown.at(-1)!.unitCode).toBe("u9");
    expect(drawn.shown[0].onTimeRate).toBe(0);
  });
});
