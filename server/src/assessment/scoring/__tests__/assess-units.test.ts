import { describe, expect, it } from "vitest";
import { Dimension, Grade } from "../../../common/enums.ts";
import { DEFAULT_SCHEME } from "../../../scheme/scheme.model.ts";
import type { SchemeParameters } from "../../../scheme/scheme.model.ts";
import { assessUnits } from "../index.ts";
import { raters, unit } from "./fixtures.ts";

const score = (result: { scores: { dimension: Dimension; score: string | null }[] }, dimension: Dimension) =>
  result.scores.find((s) => s.dimension === dimension)!.score;

describe("assessing units", () => {
  it("scores the reference unit 95.75", () => {
    const [r] = assessUnits([unit()], DEFAULT_SCHEME);
    expect(r.scores.map((s) => s.score)).toEqual(["100.00", "100.00", "92.00", "85.00"]);
    expect(r).toMatchObject({ total: "95.75", rank: 1, grade: Grade.EXCELLENT, complete: true, missing: [], completionRate: "100.00" });
  });

  it("leaves a cost dimension without budget out and renormalises the weights", () => {
    const [r] = assessUnits([unit({ contract: { repairBudget: "0", baseExpense: "0" }, repairCost: "0", otherCost: "1500" })], DEFAULT_SCHEME);
    const cost = r.scores.find((s) => s.dimension === Dimension.COST)!;
    expect(cost).toMatchObject({ applicable: false, score: null, weight: 20 });
    // (40 × 100 + 25 × 92 + 15 × 85) / (40 + 25 + 15) = 7575 / 80 = 94.6875 → 94.69
    expect(r.total).toBe("94.69");
    expect(r.totalFormula.en).toBe("(40 × 100.00 + 25 × 92.00 + 15 × 85.00) / 80 = 94.69");
  });

  it("marks a unit without enough committee scores incomplete, scoring the objective alone", () => {
    const [r] = assessUnits([unit({ committee: { SATISFACTION: [], COOPERATION: [] } })], DEFAULT_SCHEME);
    expect(r.complete).toBe(false);
    expect(r.missing).toEqual([
      { dimension: Dimension.SATISFACTION, have: 0, need: 3 },
      { dimension: Dimension.COOPERATION, have: 0, need: 3 },
    ]);
    expect(score(r, Dimension.SATISFACTION)).toBe("100.00");
    expect(score(r, Dimension.COOPERATION)).toBe("100.00");
  });

  it("lists only the dimension that lacks scores", () => {
    const [r] = assessUnits([unit({ committee: { SATISFACTION: raters("80", "80", "80"), COOPERATION: raters("70", "90") } })], DEFAULT_SCHEME);
    expect(r.complete).toBe(false);
    expect(r.missing).toEqual([{ dimension: Dimension.COOPERATION, have: 2, need: 3 }]);
    expect(score(r, Dimension.COOPERATION)).toBe("90.00"); // 0.5 × 100 + 0.5 × 80
  });

  it("gives equal totals the same rank, lists them by unit code and skips the next rank", () => {
    const results = assessUnits(
      [unit({ unitCode: "b-unit" }), unit({ unitCode: "c-unit", revenueActual: "900000.00" }), unit({ unitCode: "a-unit" })],
      DEFAULT_SCHEME,
    );
    expect(results.map((r) => [r.unitCode, r.total, r.rank])).toEqual([
      ["a-unit", "95.75", 1],
      ["b-unit", "95.75", 1],
      ["c-unit", "91.75", 3],
    ]);
  });

  it("changes the ranking under a custom scheme", () => {
    // A: revenue 130 % (capped 120), refused every dispatch (cooperation 0.5 × 0 + 0.5 × 70 = 35).
    // B: revenue 90 %, never dispatched (cooperation 85).
    const a = unit({ unitCode: "a", revenueActual: "1300000.00", dispatches: { onTime: 0, late: 0, refused: 10 } });
    const b = unit({ unitCode: "b", revenueActual: "900000.00" });
    const byDefault = assessUnits([a, b], DEFAULT_SCHEME);
    // A: (40×120 + 20×100 + 25×92 + 15×35) / 100 = 96.25; B: (40×90 + 20×100 + 25×92 + 15×85) / 100 = 91.75
    expect(byDefault.map((r) => [r.unitCode, r.total, r.rank])).toEqual([
      ["a", "96.25", 1],
      ["b", "91.75", 2],
    ]);
    const cooperationFirst: SchemeParameters = {
      ...DEFAULT_SCHEME,
      weights: { [Dimension.REVENUE]: 10, [Dimension.COST]: 10, [Dimension.SATISFACTION]: 10, [Dimension.COOPERATION]: 70 },
    };
    const custom = assessUnits([a, b], cooperationFirst);
    // A: (10×120 + 10×100 + 10×92 + 70×35) / 100 = 55.70; B: (10×90 + 10×100 + 10×92 + 70×85) / 100 = 87.70
    expect(custom.map((r) => [r.unitCode, r.total, r.rank, r.grade])).toEqual([
      ["b", "87.70", 1, Grade.GOOD],
      ["a", "55.70", 2, Grade.FAIL],
    ]);
    expect(custom[0].scores.map((s) => s.weight)).toEqual([10, 10, 10, 70]);
  });

  it("keeps money as given and completion as a 2-decimal percentage", () => {
    const [r] = assessUnits([unit({ revenueActual: "1234567.894", contract: { revenueTarget: "3000000" } })], DEFAULT_SCHEME);
    expect(r.revenueTarget).toBe("3000000.00");
    expect(r.revenueActual).toBe("1234567.89");
    expect(r.completionRate).toBe("41.15"); // 41.1522631…
  });
});
