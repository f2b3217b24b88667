import { describe, expect, it } from "vitest";
import { DEFAULT_SCHEME } from "../../../scheme/scheme.model.ts";
import { aggregateCommittee, explanationText, scoreCooperation, scoreCost, scoreRevenue, scoreSatisfaction } from "../index.ts";
import { raters } from "./fixtures.ts";

const none = { satisfied: 0, basicallySatisfied: 0, dissatisfied: 0 };
const noComplaints = { plain: 0, repeat: 0 };

describe("REVENUE", () => {
  it("is 100 × completion below the cap", () => {
    const r = scoreRevenue({ revenueActual: "2604000.00", revenueTarget: "2800000.00" }, DEFAULT_SCHEME);
    expect(r.score).toBe("93.00");
    expect(r.formula.en).toBe("min(120, 100 × 2,604,000.00 / 2,800,000.00) = 93.00");
  });

  it("is capped at revenueCap (130 % → 120.00)", () => {
    const r = scoreRevenue({ revenueActual: "1300000", revenueTarget: "1000000" }, DEFAULT_SCHEME);
    expect(r.score).toBe("120.00");
    expect(r.inputs.find((p) => p.label.en === "completion")!.value).toBe("130.00%");
  });

  it("rounds an exact x.xx5 half-up (100 × 20.05 / 1000 = 2.005 → 2.01)", () => {
    expect(scoreRevenue({ revenueActual: "20.05", revenueTarget: "1000" }, DEFAULT_SCHEME).score).toBe("2.01");
    expect(scoreRevenue({ revenueActual: "1000.05", revenueTarget: "1000" }, DEFAULT_SCHEME).score).toBe("100.01");
  });

  it("refuses a target of 0", () => {
    expect(() => scoreRevenue({ revenueActual: "1", revenueTarget: "0" }, DEFAULT_SCHEME)).toThrow(RangeError);
  });
});

describe("COST", () => {
  const cost = (repairCost: string, otherCost: string, repairBudget = "100000", baseExpense = "400000") =>
    scoreCost({ repairCost, otherCost, repairBudget, baseExpense }, DEFAULT_SCHEME);

  it("rewards saving: s = 0.9 → 100 + 0.5 × 10 = 105.00", () => {
    expect(cost("50000", "400000").score).toBe("105.00");
  });

  it("is 100.00 exactly on budget (s = 1)", () => {
    expect(cost("100000", "400000").score).toBe("100.00");
  });

  it("is capped at costCap (s = 0 → 150 capped to 110.00)", () => {
    expect(cost("0", "0").score).toBe("110.00");
  });

  it("penalises overspend: s = 1.05 → 100 − 2 × 5 = 90.00", () => {
    const r = cost("125000", "400000");
    expect(r.score).toBe("90.00");
    expect(r.formula.en).toMatch(/max\(0, 100 − 2 × \(1\.05 − 1\) × 100\) = 90\.00$/);
  });

  it("floors overspend at 0 (s = 2 → 0.00)", () => {
    expect(cost("600000", "400000").score).toBe("0.00");
  });

  it("rounds an exact x.xx5 half-up (s = 0.9999 → 100.005 → 100.01)", () => {
    expect(cost("0", "9999", "0", "10000").score).toBe("100.01");
  });

  it("marks a cost ratio that display cuts as approximate", () => {
    const r = cost("0", "1", "0", "3");
    expect(r.formula.en).toContain("s = (0.00 + 1.00) / (0.00 + 3.00) ≈ 0.3333");
    expect(r.score).toBe("110.00");
  });

  it("is not applicable with a budget of 0", () => {
    const r = cost("0", "1200", "0", "0");
    expect(r.applicable).toBe(false);
    expect(r.score).toBeNull();
    expect(explanationText(r, "zh")).toContain("不参与计分");
    expect(explanationText(r, "en")).toContain("not applicable");
  });
});

describe("committee aggregate", () => {
  it("averages fewer than trimThreshold scores plainly (4 scores)", () => {
    const a = aggregateCommittee(raters("70", "80", "90", "100"), 5);
    expect(a).toMatchObject({ trimmed: false, dropped: [], average: "85.0000" });
    expect(a.counted).toHaveLength(4);
  });

  it("drops one highest and one lowest from trimThreshold on (5 scores)", () => {
    const a = aggregateCommittee(raters("100", "60", "80", "90", "70"), 5);
    expect(a.trimmed).toBe(true);
    expect(a.droppedHighest).toEqual({ member: "m1", score: "100" });
    expect(a.droppedLowest).toEqual({ member: "m2", score: "60" });
    expect(a.average).toBe("80.0000");
    expect(a.counted.map((s) => s.member)).toEqual(["m3", "m4", "m5"]);
  });

  it("follows the scheme's threshold (4 scores trimmed when trimThreshold = 4)", () => {
    expect(aggregateCommittee(raters("70", "80", "90", "100"), 4)).toMatchObject({ trimmed: true, average: "85.0000" });
  });

  it("drops only one of several equal extremes, the first by member name", () => {
    const scores = [
      { member: "e", score: "93" },
      { member: "b", score: "93" },
      { member: "d", score: "78" },
      { member: "a", score: "78" },
      { member: "c", score: "85" },
    ];
    const a = aggregateCommittee(scores, 5);
    expect(a.dropped).toEqual([
      { member: "b", score: "93" },
      { member: "a", score: "78" },
    ]);
    expect(a.average).toBe("85.3333");
  });

  it("drops two different members when everybody gave the same score", () => {
    const a = aggregateCommittee(raters("80", "80", "80", "80", "80"), 5);
    expect(a.dropped.map((s) => s.member)).toEqual(["m2", "m1"]);
    expect(a.counted).toHaveLength(3);
  });

  it("keeps decimal scores exact", () => {
    expect(aggregateCommittee(raters("88.5", "80.25", "90"), 5).average).toBe("86.2500");
  });

  it("has no average without scores", () => {
    expect(aggregateCommittee([], 5)).toEqual({ counted: [], dropped: [], average: null, trimmed: false });
  });
});

describe("SATISFACTION", () => {
  it("starts from 100 without callbacks", () => {
    const r = scoreSatisfaction({ callbacks: none, complaints: noComplaints, committee: raters("80", "80", "80") }, DEFAULT_SCHEME);
    expect(r.objective).toBe("100.00");
    expect(r.score).toBe("92.00");
    expect(r.explanation.en).toContain("base = 100 (no callbacks)");
  });

  it("deducts complaint penalties (1 per plain, 3 per repeat complaint)", () => {
    const r = scoreSatisfaction(
      {
        callbacks: { satisfied: 10, basicallySatisfied: 0, dissatisfied: 0 },
        complaints: { plain: 2, repeat: 1 },
        committee: raters("90", "90", "90"),
      },
      DEFAULT_SCHEME,
    );
    expect(r.objective).toBe("95.00");
    expect(r.score).toBe("93.00"); // 0.6 × 95 + 0.4 × 90
  });

  it("clamps the objective at 0", () => {
    const r = scoreSatisfaction(
      { callbacks: { satisfied: 0, basicallySatisfied: 0, dissatisfied: 10 }, complaints: { plain: 2, repeat: 0 }, committee: [] },
      DEFAULT_SCHEME,
    );
    expect(r.objective).toBe("0.00");
    expect(r.score).toBe("0.00");
  });

  it("counts basically satisfied as half and keeps the committee average exact until the end", () => {
    // base 100 × (30 + 0.5 × 5) / 40 = 81.25; committee (85 + 88 + 93) / 3 = 88.666…;
    // 0.6 × 81.25 + 0.4 × 88.666… = 84.2166… → 84.22.
    const r = scoreSatisfaction(
      { callbacks: { satisfied: 30, basicallySatisfied: 5, dissatisfied: 5 }, complaints: noComplaints, committee: raters("85", "88", "93") },
      DEFAULT_SCHEME,
    );
    expect(r.score).toBe("84.22");
  });

  it("does not round the committee average before combining", () => {
    // committee (80 + 80 + 80.04) / 3 = 80.01333…; 0.6 × 100 + 0.4 × 80.01333… = 92.005333… → 92.01,
    // whereas an average rounded to 80.01 first would give 92.004 → 92.00.
    const r = scoreSatisfaction({ callbacks: none, complaints: noComplaints, committee: raters("80", "80", "80.04") }, DEFAULT_SCHEME);
    expect(r.score).toBe("92.01");
    expect(r.committee!.average).toBe("80.0133");
  });

  it("rounds an exact x.xx5 blend half-up", () => {
    // (90 + 90 + 90.03) / 3 = 90.01 exactly; 0.5 × 100 + 0.5 × 90.01 = 95.005 → 95.01.
    const half = { ...DEFAULT_SCHEME, satisfactionObjectiveShare: 0.5 };
    const r = scoreSatisfaction({ callbacks: none, complaints: noComplaints, committee: raters("90", "90", "90.03") }, half);
    expect(r.score).toBe("95.01");
  });

  it("is the objective part alone without committee scores", () => {
    const r = scoreSatisfaction(
      { callbacks: { satisfied: 3, basicallySatisfied: 1, dissatisfied: 0 }, complaints: noComplaints, committee: [] },
      DEFAULT_SCHEME,
    );
    expect(r.objective).toBe("87.50");
    expect(r.score).toBe("87.50");
    expect(r.committee!.average).toBeNull();
    expect(r.formula.en).toMatch(/no committee scores, score = objective 87\.50 = 87\.50$/);
    expect(explanationText(r, "zh")).toContain("无评分小组评分");
  });
});

describe("COOPERATION", () => {
  it("is 100 without dispatch orders", () => {
    const r = scoreCooperation({ dispatches: { onTime: 0, late: 0, refused: 0 }, committee: raters("70", "70", "70") }, DEFAULT_SCHEME);
    expect(r.objective).toBe("100.00");
    expect(r.score).toBe("85.00");
  });

  it("counts late orders as half", () => {
    const r = scoreCooperation({ dispatches: { onTime: 2, late: 2, refused: 0 }, committee: raters("75", "75", "75") }, DEFAULT_SCHEME);
    expect(r.objective).toBe("75.00");
    expect(r.score).toBe("75.00");
  });

  it("clamps the refused penalty at 0", () => {
    const r = scoreCooperation({ dispatches: { onTime: 1, late: 0, refused: 5 }, committee: raters("60", "60", "60") }, DEFAULT_SCHEME);
    expect(r.objective).toBe("0.00");
    expect(r.score).toBe("30.00");
    expect(r.formula.en).toContain("clamp(100 × (1 + 0.5 × 0) / 6 − 10 × 5, 0, 100) = 0.00");
  });

  it("uses the cooperation share of the scheme", () => {
    const scheme = { ...DEFAULT_SCHEME, cooperationObjectiveShare: 0.2 };
    const r = scoreCooperation({ dispatches: { onTime: 0, late: 0, refused: 0 }, committee: raters("50", "50", "50") }, scheme);
    expect(r.score).toBe("60.00"); // 0.2 × 100 + 0.8 × 50
    expect(r.formula.zh).toContain("0.2 × 100.00 + 0.8 × 50.00 = 60.00");
  });
});

describe("REVENUE with revenueCollectionShare (§9)", () => {
  const input = { revenueActual: "3024000.00", revenueTarget: "2800000.00" };

  it("share 0 (the default) leaves score and formula unchanged, collection rate or not", () => {
    const plain = scoreRevenue(input, DEFAULT_SCHEME);
    const withRate = scoreRevenue({ ...input, collectionRate: "90.00" }, DEFAULT_SCHEME);
    expect(withRate).toEqual(plain);
    expect(plain.score).toBe("108.00");
  });

  it("share 0.3 blends both parts and the explanation shows both", () => {
    const r = scoreRevenue({ ...input, collectionRate: "90.00" }, { ...DEFAULT_SCHEME, revenueCollectionShare: 0.3 });
    expect(r.score).toBe("102.60");
    expect(r.formula.en).toBe("0.7 × min(120, 100 × 3,024,000.00 / 2,800,000.00) + 0.3 × min(100, 90.00) = 102.60");
    expect(r.inputs.find((p) => p.label.en === "collection rate")!.value).toBe("90.00%");
  });

  it("a not-applicable collection rate sets the share to 0 for that unit", () => {
    const r = scoreRevenue({ ...input, collectionRate: null }, { ...DEFAULT_SCHEME, revenueCollectionShare: 0.3 });
    expect(r.score).toBe("108.00");
    expect(r.formula.en).toBe("min(120, 100 × 3,024,000.00 / 2,800,000.00) = 108.00");
  });
});
