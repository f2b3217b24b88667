import { describe, expect, it } from "vitest";
import { limitUnits } from "./chart-limits.ts";

const rows = (count: number) => Array.from({ length: count }, (_, i) => ({ code: `u${i + 1}` }));
const codes = (items: { code: string }[]) => items.map((row) => row.code);
const unitOf = (row: { code: string }) => row.code;

describe("limitUnits", () => {
  it("draws every unit when there are fewer than the limit", () => {
    const limited = limitUnits(rows(3), 5, unitOf);
    expect(codes(limited.shown)).toEqual(["u1", "u2", "u3"]);
    expect(limited).toMatchObject({ hidden: 0, total: 3 });
  });

  it("draws every unit when there are exactly as many as the limit", () => {
    const limited = limitUnits(rows(5), 5, unitOf);
    expect(codes(limited.shown)).toEqual(["u1", "u2", "u3", "u4", "u5"]);
    expect(limited).toMatchObject({ hidden: 0, total: 5 });
  });

  it("draws the first units in the caller's order when there are more", () => {
    const limited = limitUnits(rows(1000), 40, unitOf);
    expect(limited.shown).toHaveLength(40);
    expect(codes(limited.shown).slice(0, 2)).toEqual(["u1", "u2"]);
    expect(limited.shown[39].code).toBe("u40");
    expect(limited).toMatchObject({ hidden: 960, total: 1000 });
  });

  it("leaves the order alone when the selected unit is already drawn", () => {
    const limited = limitUnits(rows(10), 4, unitOf, "u2");
    expect(codes(limited.shown)).toEqual(["u1", "u2", "u3", "u4"]);
    expect(limited.hidden).toBe(6);
  });

  it("gives the selected unit beyond the limit the last place", () => {
    const limited = limitUnits(rows(10), 4, unitOf, "u9");
    expect(codes(limited.shown)).toEqual(["u1", "u2", "u3", "u9"]);
    expect(limited).toMatchObject({ hidden: 6, total: 10 });
  });

  it("ignores a selected unit that is not among the rows", () => {
    const limited = limitUnits(rows(10), 4, unitOf, "retired");
    expect(codes(limited.shown)).toEqual(["u1", "u2", "u3", "u4"]);
    expect(limitUnits(rows(10), 4, unitOf, null).shown).toHaveLength(4);
  });
});
