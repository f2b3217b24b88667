import { describe, expect, it } from "vitest";
import { serviceSummary, type ServiceTotalsInput } from "./shape-service-summary.ts";

const row = (
  code: string,
  callbacks: [number, number, number],
  complaints: [number, number],
  dispatches: [number, number, number],
): ServiceTotalsInput => ({
  unit: { code },
  callbacksSatisfied: callbacks[0],
  callbacksBasicallySatisfied: callbacks[1],
  callbacksDissatisfied: callbacks[2],
  complaints: complaints[0],
  repeatComplaints: complaints[1],
  dispatchesOnTime: dispatches[0],
  dispatchesLate: dispatches[1],
  dispatchesRefused: dispatches[2],
});

// The worked example's north (30/5/5 callbacks, 6 orders: 3 on time, 3 refused) and a quiet hall.
const rows = [row("north", [30, 5, 5], [0, 0], [3, 0, 3]), row("hall", [10, 0, 0], [2, 1], [0, 0, 0])];

describe("serviceSummary", () => {
  it("gives the north station's rate as the assessment computes it", () => {
    expect(serviceSummary(rows, "north")).toEqual({
      callbacks: 40,
      satisfactionRate: 81.25,
      complaints: 0,
      repeatComplaints: 0,
      dispatches: 6,
      onTimeRate: 50,
      refused: 3,
      unitCount: 1,
    });
  });

  it("pools the department's callbacks and orders instead of averaging unit rates", () => {
    // (40 + 2.5) / 50 = 85 %, not the mean of 81.25 % and 100 %.
    expect(serviceSummary(rows, null)).toMatchObject({
      callbacks: 50,
      satisfactionRate: 85,
      complaints: 2,
      repeatComplaints: 1,
      dispatches: 6,
      unitCount: 2,
    });
  });

  it("has no rates without callbacks or orders, and nothing for an unknown unit", () => {
    expect(serviceSummary([row("x", [0, 0, 0], [0, 0], [0, 0, 0])], "x")).toMatchObject({ satisfactionRate: null, onTimeRate: null });
    expect(serviceSummary(rows, "east")).toBeNull();
  });
});
