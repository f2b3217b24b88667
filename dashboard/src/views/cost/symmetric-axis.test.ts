import { describe, expect, it } from "vitest";
import { symmetricAxis } from "./symmetric-axis.ts";

describe("symmetricAxis", () => {
  it("rounds the bound up to 1, 2, 2.5, 3, 4 or 5 times a power of ten with room to spare", () => {
    expect(symmetricAxis([3.5, -2.52, 0.58])).toEqual({ limit: 5, ticks: [-5, -2.5, 0, 2.5, 5] });
    expect(symmetricAxis([-180])).toEqual({ limit: 300, ticks: [-300, -150, 0, 150, 300] });
    expect(symmetricAxis([-170])).toEqual({ limit: 250, ticks: [-250, -125, 0, 125, 250] });
    expect(symmetricAxis([0.9])).toEqual({ limit: 2, ticks: [-2, -1, 0, 1, 2] });
  });

  it("still draws an axis when everything is zero", () => {
    expect(symmetricAxis([0, 0])).toEqual({ limit: 1, ticks: [-1, -0.5, 0, 0.5, 1] });
  });
});
