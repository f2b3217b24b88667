import { describe, expect, it } from "vitest";
import { DEFAULT_SCHEME } from "../../../scheme/scheme.model.ts";
import { assessUnits, withholdOtherRaters } from "../index.ts";
import { GOLDEN_SCHEMES, goldenUnits } from "./golden-inputs.ts";
import { unit } from "./fixtures.ts";

/**
 * The engine's complete output — every score, formula, explanation (both languages), pay line,
 * rank and grade — for ~300 seeded units under several schemes, pinned in a committed snapshot.
 * Optimisations of the engine must leave this file unchanged to the character.
 */
const UNITS = goldenUnits(300);

// Each scheme takes its own slice (all 300 under the default), so the snapshot stays reviewable in size.
const SLICES: Record<string, [number, number]> = {
  default: [0, 300],
  collectionShare: [0, 50],
  trimAboveRaters: [50, 110],
  trimAtThree: [110, 170],
  fractional: [170, 230],
};

// JSON Lines, one unit (or view) a line: a change shows as the few lines of the units it touches.
const json = (items: unknown[]) => `${items.map((item) => JSON.stringify(item)).join("\n")}\n`;

describe("the scoring engine's golden output", () => {
  for (const [name, scheme] of Object.entries(GOLDEN_SCHEMES)) {
    it(`is unchanged under the ${name} scheme`, async () => {
      const [from, to] = SLICES[name];
      const results = assessUnits(UNITS.slice(from, to), scheme);
      await expect(json(results)).toMatchFileSnapshot(`./golden/${name}.jsonl`);
    });
  }

  it("withholds other raters' scores the same way for every kind of viewer", async () => {
    const results = assessUnits(UNITS.slice(0, 25), DEFAULT_SCHEME);
    const views = results.flatMap((r) =>
      r.scores.flatMap((d) => {
        const members = [...(d.committee?.counted ?? []), ...(d.committee?.dropped ?? [])].map((s) => s.member);
        const viewers = [null, "nobody", ...members.slice(0, 2), ...members.slice(-1)];
        return viewers.map((viewer) => ({ unit: r.unitCode, dimension: d.dimension, viewer, view: withholdOtherRaters(d, viewer, 5) }));
      }),
    );
    await expect(json(views)).toMatchFileSnapshot("./golden/withheld.jsonl");
  });

  it("refuses the same inputs with the same errors", () => {
    expect(() => assessUnits([unit({ contract: { revenueTarget: "0" } })], DEFAULT_SCHEME)).toThrow("revenue target must be positive, got 0");
    expect(() => assessUnits([unit({ contract: { revenueTarget: "-5.00" } })], DEFAULT_SCHEME)).toThrow("revenue target must be positive, got -5");
    const noWeights = { ...DEFAULT_SCHEME, weights: { REVENUE: 0, COST: 0, SATISFACTION: 0, COOPERATION: 0 } };
    expect(() => assessUnits([unit()], noWeights)).toThrow("the applicable dimensions' weights sum to 0; no total can be formed");
    // Checked for every unit, whether or not it has a collection rate.
    for (const collectionRate of [null, "90.00"]) {
      expect(() => assessUnits([unit({ collectionRate })], { ...DEFAULT_SCHEME, revenueCollectionShare: 1.5 })).toThrow(
        "revenueCollectionShare must be between 0 and 1, got 1.5",
      );
    }
  });
});
