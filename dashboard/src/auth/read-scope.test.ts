import { describe, expect, it } from "vitest";
import { readScope } from "./read-scope.ts";

const head = { username: "head-north", displayName: "城北管理站站长", roles: ["STATION_HEAD"], unitCode: "north" };
const executive = { username: "deputy-gm", displayName: "副总经理", roles: ["EXECUTIVE"], unitCode: null };

describe("readScope", () => {
  it("limits a station head to their unit while the year is open or its status unknown", () => {
    expect(readScope(head, false)).toEqual({ limited: true, unitCode: "north" });
    expect(readScope(head, null)).toEqual({ limited: true, unitCode: "north" });
  });
  it("lets a station head see every unit of a finalised year, and readers always", () => {
    expect(readScope(head, true)).toEqual({ limited: false });
    expect(readScope(executive, false)).toEqual({ limited: false });
  });
});
