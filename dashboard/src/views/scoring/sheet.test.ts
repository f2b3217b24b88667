import { describe, expect, it } from "vitest";
import { changedKeys, memberMatrix, parseSheetScore, sheetBatch, sheetFromScores } from "./sheet.ts";

const loaded = sheetFromScores(["north", "south"], [{ unitCode: "north", dimension: "SATISFACTION", score: 85, comment: "及时" }]);

describe("the scoring sheet", () => {
  it("has a cell per unit and committee dimension, filled where the member scored", () => {
    expect(Object.keys(loaded)).toEqual(["north/SATISFACTION", "north/COOPERATION", "south/SATISFACTION", "south/COOPERATION"]);
    expect(loaded["north/SATISFACTION"]).toEqual({ score: "85", comment: "及时" });
    expect(loaded["south/COOPERATION"]).toEqual({ score: "", comment: "" });
  });

  it("sends only the changed cells, with their scores as numbers", () => {
    const current = { ...loaded, "south/COOPERATION": { score: "78.5", comment: " " }, "north/SATISFACTION": { score: "85", comment: "及时 " } };
    expect(changedKeys(loaded, current)).toEqual(["south/COOPERATION"]);
    expect(sheetBatch(loaded, current)).toEqual({
      ok: true,
      keys: ["south/COOPERATION"],
      scores: [{ unitCode: "south", dimension: "COOPERATION", score: 78.5, comment: null }],
    });
  });

  it("names the cells whose score is not a score, or was emptied", () => {
    const current = { ...loaded, "south/SATISFACTION": { score: "101", comment: "" }, "north/SATISFACTION": { score: "", comment: "及时" } };
    expect(sheetBatch(loaded, current)).toEqual({ ok: false, invalid: ["north/SATISFACTION", "south/SATISFACTION"] });
  });

  it("reads scores as the server does", () => {
    expect([
      parseSheetScore("100"),
      parseSheetScore("0"),
      parseSheetScore("99.25"),
      parseSheetScore("99.255"),
      parseSheetScore("-1"),
      parseSheetScore("abc"),
    ]).toEqual([100, 0, 99.25, null, null, null]);
  });
});

describe("the progress matrix", () => {
  it("marks per member what is scored and counts what is missing", () => {
    const progress = [
      { unitCode: "north", dimension: "SATISFACTION", raters: 1, minRaters: 3, missing: ["乙"] },
      { unitCode: "north", dimension: "COOPERATION", raters: 0, minRaters: 3, missing: ["甲", "乙"] },
    ];
    expect(memberMatrix(["甲", "乙"], progress)).toEqual([
      { member: "甲", scored: { "north/SATISFACTION": true, "north/COOPERATION": false }, missingCount: 1 },
      { member: "乙", scored: { "north/SATISFACTION": false, "north/COOPERATION": false }, missingCount: 2 },
    ]);
  });
});
