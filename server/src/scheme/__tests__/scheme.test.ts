import { describe, expect, it } from "vitest";
import { Dimension, Grade } from "../../common/enums.ts";
import { InvalidInputError } from "../../common/errors.ts";
import { applySchemeChanges, DEFAULT_SCHEME, schemeFromStored } from "../scheme.model.ts";
import { validateScheme } from "../scheme.validation.ts";

describe("scheme", () => {
  it("has the defaults of ASSESSMENT.md", () => {
    expect(DEFAULT_SCHEME.weights).toEqual({ REVENUE: 40, COST: 20, SATISFACTION: 25, COOPERATION: 15 });
    expect(DEFAULT_SCHEME.revenueCap).toBe(120);
    expect(DEFAULT_SCHEME.costCap).toBe(110);
    expect(DEFAULT_SCHEME.trimThreshold).toBe(5);
    expect(DEFAULT_SCHEME.minRaters).toBe(3);
    expect(DEFAULT_SCHEME.gradeThresholds).toEqual({ EXCELLENT: 90, GOOD: 80, PASS: 60 });
  });

  it("keeps what changes leave out", () => {
    const next = applySchemeChanges(DEFAULT_SCHEME, { weights: [{ dimension: Dimension.COST, weight: 30 }], revenueCap: 110 });
    expect(next.weights).toEqual({ REVENUE: 40, COST: 30, SATISFACTION: 25, COOPERATION: 15 });
    expect(next.revenueCap).toBe(110);
    expect(next.costCap).toBe(110);
    expect(DEFAULT_SCHEME.weights.COST).toBe(20); // the defaults are not mutated
  });

  it("fills parameters missing from a stored scheme with defaults", () => {
    expect(schemeFromStored({ revenueCap: 130, weights: { REVENUE: 50 } }).weights).toEqual({
      REVENUE: 50,
      COST: 20,
      SATISFACTION: 25,
      COOPERATION: 15,
    });
  });

  it("names every invalid parameter", () => {
    const changes = {
      weights: [
        { dimension: Dimension.REVENUE, weight: -1 },
        { dimension: Dimension.REVENUE, weight: 5 },
      ],
      satisfactionObjectiveShare: 1.5,
      trimThreshold: 2,
      gradeThresholds: [{ grade: Grade.GOOD, minTotal: 95 }],
    };
    const result = applySchemeChanges(DEFAULT_SCHEME, changes);
    result.weights.REVENUE = -1;
    try {
      validateScheme(changes, result);
      expect.unreachable("validation should fail");
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidInputError);
      const fields = (error as InvalidInputError).invalid.map((e) => e.field);
      expect(fields).toEqual(
        expect.arrayContaining(["weights[1].dimension", "weights.REVENUE", "satisfactionObjectiveShare", "trimThreshold", "gradeThresholds"]),
      );
    }
  });

  it("refuses all-zero weights", () => {
    const changes = { weights: Object.values(Dimension).map((dimension) => ({ dimension, weight: 0 })) };
    expect(() => validateScheme(changes, applySchemeChanges(DEFAULT_SCHEME, changes))).toThrow(/at least one weight/);
  });
});
