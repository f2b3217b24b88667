import { describe, expect, it } from "vitest";
import { Dimension } from "../../../common/enums.ts";
import { DEFAULT_SCHEME } from "../../../scheme/scheme.model.ts";
import { both, type ExplanationSource, NO_EXTRA, part } from "../explain.ts";
import { assessUnits } from "../index.ts";
import { ScoredDimension } from "../scored-dimension.ts";
import { unit } from "./fixtures.ts";

/** A result whose texts count how often they are written. */
function counted() {
  const written = { count: 0 };
  const describe = (facts: { amount: string }): ExplanationSource => {
    written.count++;
    return { inputs: [part("实际创收", "actual revenue", facts.amount)], formula: both(`${facts.amount} = 80.00`), extra: NO_EXTRA };
  };
  const result = new ScoredDimension(
    { dimension: Dimension.REVENUE, applicable: true, score: "80.00", weight: 0.4 },
    { amount: "1,000.00" },
    describe,
  );
  return { result, written };
}

describe("a dimension's texts, written from its facts when read", () => {
  it("writes nothing while only the score is read", () => {
    const { result, written } = counted();
    expect(result.score).toBe("80.00");
    expect(written.count).toBe(0);
  });

  it("keeps the explanation's text only, and the inputs and formula once they are read", () => {
    const { result, written } = counted();
    expect(result.explanation.zh).toBe("实际创收 1,000.00。计算:1,000.00 = 80.00");
    expect(result.explanation.zh).toBe("实际创收 1,000.00。计算:1,000.00 = 80.00");
    expect(written.count).toBe(1);
    // The other language is written from texts of its own: none were kept for the first.
    expect(result.explanation.en).toBe("actual revenue 1,000.00. Formula: 1,000.00 = 80.00");
    expect(written.count).toBe(2);
    expect(result.formula.en).toBe("1,000.00 = 80.00");
    expect(result.inputs.map((p) => p.value)).toEqual(["1,000.00"]);
    expect(written.count).toBe(3);
    expect(result.inputs).toBe(result.inputs);
    expect(written.count).toBe(3);
  });

  it("writes JSON in a plain result's fields and order, as a frozen year stores it", () => {
    const [north] = assessUnits([unit()], DEFAULT_SCHEME);
    for (const score of north.scores) {
      const plain = {
        dimension: score.dimension,
        applicable: score.applicable,
        score: score.score,
        weight: score.weight,
        objective: score.objective,
        committee: score.committee,
        inputs: score.inputs,
        formula: { zh: score.formula.zh, en: score.formula.en },
        explanation: { zh: score.explanation.zh, en: score.explanation.en },
      };
      expect(JSON.stringify(score)).toBe(JSON.stringify(plain));
      expect(JSON.parse(JSON.stringify(score)).explanation.zh).toContain("计算:");
    }
  });
});
