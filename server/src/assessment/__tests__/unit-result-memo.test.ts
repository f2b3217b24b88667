import { describe, expect, it } from "vitest";
import { DEFAULT_SCHEME } from "../../scheme/scheme.model.ts";
import type { AssessedUnitInputs } from "../assessment-inputs.repository.ts";
import { assessUnits } from "../scoring/index.ts";
import { raters, unit } from "../scoring/__tests__/fixtures.ts";
import { createUnitResultMemo } from "../unit-result-memo.ts";

const assessed = (unitId: number, overrides: Parameters<typeof unit>[0] = {}): AssessedUnitInputs => ({
  ...unit({ unitCode: `u${unitId}`, ...overrides }),
  unitId,
});

// Three units: u1 on target, u2 under, u3 over (capped at 120).
const year = () => [assessed(1), assessed(2, { revenueActual: "900000.00" }), assessed(3, { revenueActual: "1300000.00" })];

/** The same results as the engine computes from scratch, each with its unit id and year. */
function fromScratch(inputs: AssessedUnitInputs[], scheme = DEFAULT_SCHEME, year = 2025) {
  const ids = new Map(inputs.map((i) => [i.unitCode, i.unitId]));
  return assessUnits(inputs, scheme).map((r) => ({ ...r, unitId: ids.get(r.unitCode), year }));
}

const scoresOf = (results: { unitCode: string; scores: unknown[] }[], code: string) => results.find((r) => r.unitCode === code)!.scores;

describe("scoring a year again", () => {
  it("gives exactly the engine's results, ranks included", () => {
    const memo = createUnitResultMemo();
    expect(memo.score(2025, year(), DEFAULT_SCHEME)).toEqual(fromScratch(year()));
    expect(memo.score(2025, year(), DEFAULT_SCHEME)).toEqual(fromScratch(year()));
  });

  it("reuses the results of units whose inputs are unchanged, and scores the changed one again", () => {
    const memo = createUnitResultMemo();
    const first = memo.score(2025, year(), DEFAULT_SCHEME);
    // u2 receives a large remittance: from last to first.
    const changed = year();
    changed[1] = assessed(2, {
      revenueActual: "1500000.00",
      committee: { SATISFACTION: raters("90", "90", "90"), COOPERATION: raters("70", "70", "70") },
    });
    const second = memo.score(2025, changed, DEFAULT_SCHEME);
    expect(second).toEqual(fromScratch(changed));
    expect(second.map((r) => [r.unitCode, r.rank])).toEqual([
      ["u2", 1],
      ["u3", 2],
      ["u1", 3],
    ]);
    // The same objects for the unchanged units (nothing computed), new ones for u2.
    expect(scoresOf(second, "u1")).toBe(scoresOf(first, "u1"));
    expect(scoresOf(second, "u3")).toBe(scoresOf(first, "u3"));
    expect(scoresOf(second, "u2")).not.toBe(scoresOf(first, "u2"));
    // Handed-out results are copies: the first call's ranks are still what they were.
    expect(first.map((r) => [r.unitCode, r.rank])).toEqual([
      ["u3", 1],
      ["u1", 2],
      ["u2", 3],
    ]);
  });

  it("sees a change anywhere in a unit's inputs: one rater's score, a collection rate", () => {
    const memo = createUnitResultMemo();
    const first = memo.score(2025, year(), DEFAULT_SCHEME);
    const changed = year();
    changed[0] = assessed(1, { committee: { SATISFACTION: raters("80", "80", "80"), COOPERATION: raters("70", "70", "71") } });
    changed[2] = { ...assessed(3, { revenueActual: "1300000.00" }), collectionRate: "90.00" };
    const second = memo.score(2025, changed, DEFAULT_SCHEME);
    expect(second).toEqual(fromScratch(changed));
    expect(scoresOf(second, "u1")).not.toBe(scoresOf(first, "u1"));
    expect(scoresOf(second, "u2")).toBe(scoresOf(first, "u2"));
    expect(scoresOf(second, "u3")).not.toBe(scoresOf(first, "u3"));
  });

  it("scores every unit again under another scheme, and keeps years apart", () => {
    const memo = createUnitResultMemo();
    const first = memo.score(2025, year(), DEFAULT_SCHEME);
    const capped = { ...DEFAULT_SCHEME, revenueCap: 110 };
    const second = memo.score(2025, year(), capped);
    expect(second).toEqual(fromScratch(year(), capped));
    expect(scoresOf(second, "u1")).not.toBe(scoresOf(first, "u1"));
    // Another year with the same inputs is its own.
    const otherYear = memo.score(2024, year(), DEFAULT_SCHEME);
    expect(scoresOf(otherYear, "u1")).not.toBe(scoresOf(first, "u1"));
    expect(otherYear).toEqual(fromScratch(year(), DEFAULT_SCHEME, 2024));
  });

  it("forgets a unit that is no longer assessed", () => {
    const memo = createUnitResultMemo();
    memo.score(2025, year(), DEFAULT_SCHEME);
    const withoutU2 = year().filter((u) => u.unitId !== 2);
    expect(memo.score(2025, withoutU2, DEFAULT_SCHEME)).toEqual(fromScratch(withoutU2));
    const back = memo.score(2025, year(), DEFAULT_SCHEME);
    expect(back).toEqual(fromScratch(year()));
  });
});
