import { describe, expect, it } from "vitest";
import { changedFields, formFromScheme, inputFromForm } from "./scheme-form.ts";

const defaults = {
  revenueCap: 120,
  costCap: 110,
  savingBonusPerPct: 0.5,
  overspendPenaltyPerPct: 2,
  complaintPenalty: 1,
  repeatComplaintPenalty: 3,
  refusedDispatchPenalty: 10,
  satisfactionObjectiveShare: 0.6,
  cooperationObjectiveShare: 0.5,
  trimThreshold: 5,
  minRaters: 3,
  revenueCollectionShare: 0,
  weights: [
    { dimension: "REVENUE", weight: 40 },
    { dimension: "COST", weight: 20 },
    { dimension: "SATISFACTION", weight: 25 },
    { dimension: "COOPERATION", weight: 15 },
  ],
  gradeThresholds: [
    { grade: "EXCELLENT", minTotal: 90 },
    { grade: "GOOD", minTotal: 80 },
    { grade: "PASS", minTotal: 60 },
  ],
};

describe("what-if form", () => {
  it("round-trips the stored scheme into a complete SchemeInput", () => {
    const result = inputFromForm(formFromScheme(defaults));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.input).toMatchObject({ revenueCap: 120, satisfactionObjectiveShare: 0.6, trimThreshold: 5 });
    expect(result.input.weights).toEqual(defaults.weights);
    expect(result.input.gradeThresholds).toEqual(defaults.gradeThresholds);
  });

  it("names each invalid field", () => {
    const form = { ...formFromScheme(defaults), satisfactionObjectiveShare: "1.5", trimThreshold: "4.5", costCap: "abc", "weight.COST": "" };
    const result = inputFromForm(form);
    expect(result).toEqual({
      ok: false,
      errors: { satisfactionObjectiveShare: "range", trimThreshold: "integer", costCap: "number", "weight.COST": "number" },
    });
  });

  it("refuses all-zero weights and unordered grade thresholds", () => {
    const zero = { ...formFromScheme(defaults), "weight.REVENUE": "0", "weight.COST": "0", "weight.SATISFACTION": "0", "weight.COOPERATION": "0" };
    expect(inputFromForm(zero)).toEqual({ ok: false, errors: { "weight.REVENUE": "weights" } });
    const unordered = { ...formFromScheme(defaults), "grade.GOOD": "95" };
    expect(inputFromForm(unordered)).toEqual({ ok: false, errors: { "grade.GOOD": "order" } });
  });

  it("lists the fields changed from the stored scheme", () => {
    const stored = formFromScheme(defaults);
    expect(changedFields({ ...stored, "weight.COOPERATION": "0", revenueCap: "120.0" }, stored)).toEqual(["weight.COOPERATION"]);
  });
});
