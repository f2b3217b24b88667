import { describe, expect, it } from "vitest";
import { callbackShares, callbacksByMonth } from "./shape-callbacks.ts";

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
