import { describe, expect, it } from "vitest";
import { Grade } from "../../../common/enums.ts";
import { DEFAULT_SCHEME } from "../../../scheme/scheme.model.ts";
import { gradeFor, rankResults, weightedTotal } from "../index.ts";

const scored = (score: string | null, weight: number) => ({ applicable: score !== null, score, weight });

describe("weighted total", () => {
  it("is Σ w × score / Σ w from the rounded scores", () => {
    const { total, formula } = weightedTotal([scored("108.00", 40), scored("102.50", 20), scored("84.22", 25), scored("50.50", 15)]);
    expect(total).toBe("92.33");
    expect(formula.en).toBe("(40 × 108.00 + 20 × 102.50 + 25 × 84.22 + 15 × 50.50) / 100 = 92.33");
  });

  it("renormalises the weights over the applicable dimensions", () => {
    // (40 × 100 + 25 × 92 + 15 × 85) / 80 = 7575 / 80 = 94.6875 → 94.69
    const { total, formula } = weightedTotal([scored("100.00", 40), scored(null, 20), scored("92.00", 25), scored("85.00", 15)]);
    expect(total).toBe("94.69");
    expect(formula.zh).toBe("(40 × 100.00 + 25 × 92.00 + 15 × 85.00) / 80 = 94.69");
  });

  it("rounds a total of exactly .005 half-up", () => {
    expect(weightedTotal([scored("80.00", 1), scored("80.01", 1)]).total).toBe("80.01");
    expect(weightedTotal([scored("0.01", 1), scored("0.00", 1)]).total).toBe("0.01");
  });

  it("refuses weights that sum to 0", () => {
    expect(() => weightedTotal([scored("80.00", 0), scored(null, 20)])).toThrow(RangeError);
  });
});

describe("grade", () => {
  it.each([
    ["100.69", Grade.EXCELLENT],
    ["90.00", Grade.EXCELLENT],
    ["89.99", Grade.GOOD],
    ["80.00", Grade.GOOD],
    ["79.99", Grade.PASS],
    ["60.00", Grade.PASS],
    ["59.99", Grade.FAIL],
    ["0.00", Grade.FAIL],
  ])("%s → %s", (total, grade) => {
    expect(gradeFor(total, DEFAULT_SCHEME)).toBe(grade);
  });

  it("uses the scheme's thresholds", () => {
    const strict = { ...DEFAULT_SCHEME, gradeThresholds: { [Grade.EXCELLENT]: 95, [Grade.GOOD]: 85, [Grade.PASS]: 70 } };
    expect(gradeFor("92.33", strict)).toBe(Grade.GOOD);
    expect(gradeFor("69.99", strict)).toBe(Grade.FAIL);
  });
});

describe("rank", () => {
  it("shares a rank on equal totals and skips the next (1, 2, 2, 4), ties by unit code", () => {
    const ranked = rankResults([
      { unitCode: "d", total: "70.00" },
      { unitCode: "c", total: "80.00" },
      { unitCode: "a", total: "90.00" },
      { unitCode: "b", total: "80.00" },
    ]);
    expect(ranked.map((r) => [r.unitCode, r.rank])).toEqual([
      ["a", 1],
      ["b", 2],
      ["c", 2],
      ["d", 4],
    ]);
  });

  it("compares totals as decimals, not text", () => {
    const ranked = rankResults([
      { unitCode: "a", total: "9.50" },
      { unitCode: "b", total: "100.69" },
    ]);
    expect(ranked.map((r) => r.unitCode)).toEqual(["b", "a"]);
  });

  it("ranks equal values written differently alike, and totals beyond a double's digits exactly", () => {
    const alike = rankResults([
      { unitCode: "a", total: "80.0" },
      { unitCode: "b", total: "80.00" },
      { unitCode: "c", total: "-0.00" },
      { unitCode: "d", total: "0" },
    ]);
    expect(alike.map((r) => [r.unitCode, r.rank])).toEqual([
      ["a", 1],
      ["b", 1],
      ["c", 3],
      ["d", 3],
    ]);
    // As doubles these two are one number; as decimals the second is higher.
    const long = rankResults([
      { unitCode: "a", total: "1234567890123456.01" },
      { unitCode: "b", total: "1234567890123456.02" },
    ]);
    expect(long.map((r) => [r.unitCode, r.rank])).toEqual([
      ["b", 1],
      ["a", 2],
    ]);
  });
});
