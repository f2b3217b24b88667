import { Decimal } from "decimal.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadDatasetThroughApi, readWorkedExample, type WorkedExample } from "../support/load-dataset.ts";
import { FINALIZE } from "../support/operations.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

/**
 * §9 in the assessment: revenueCollectionShare blends the collection rate into REVENUE, in the
 * what-if simulation and in a finalised year's frozen result; with the default 0 nothing moves.
 */

const RESULTS = `results { unit { code } revenueTarget revenueActual completionRate collectionRate total
  scores { dimension score explanation(language: EN) formula(language: ZH) } }`;
const ASSESS = `query($year: Int!) { assessment(year: $year) { finalized scheme { revenueCollectionShare } ${RESULTS} } }`;
const SIMULATE = `query($year: Int!, $share: Float) { simulateAssessment(year: $year, scheme: { revenueCollectionShare: $share }) { scheme { revenueCollectionShare } ${RESULTS} } }`;

let server: TestServer;
let example: WorkedExample;

const months = Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, "0")}`);
/** North's viewing fees of 2025 and a register whose receivable makes its rate about 92 %. */
let northRate: Decimal;

function revenueScore(result: any, share: Decimal, rate: Decimal | null): string {
  const completion = new Decimal(result.revenueActual).times(100).div(result.revenueTarget);
  const capped = Decimal.min(120, completion);
  const blended =
    rate === null
      ? capped
      : new Decimal(1)
          .minus(share)
          .times(capped)
          .plus(share.times(Decimal.min(100, rate)));
  return blended.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
}
const revenueOf = (result: any) => result.scores.find((s: any) => s.dimension === "REVENUE");
const expectedOf = (code: string) => example.expected.results.find((r) => r.unitCode === code)!;

beforeAll(async () => {
  server = await startTestServer();
  example = readWorkedExample();
  await loadDatasetThroughApi(server, example);
  const viewing = example.revenue
    .filter((r: any) => r.unitCode === "north" && r.category === "VIEWING_FEE")
    .reduce((sum: Decimal, r: any) => sum.plus(r.amount), new Decimal(0));
  // Households such that 12 × 25.00 × households ≈ viewing / 0.92.
  const residential = viewing
    .div(0.92)
    .div(12 * 25)
    .toDecimalPlaces(0)
    .toNumber();
  const receivable = new Decimal(residential).times(25).times(12);
  northRate = viewing.times(100).div(receivable).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
  expect(
    (await server.gql(`mutation { setTariff(year: 2025, residential: "25.00", upgraded: "30.00", collective: "18.00") { isSet } }`)).errors,
  ).toBeUndefined();
  const stored = await server.gql(`mutation($entries: [HouseholdsInput!]!) { recordHouseholds(entries: $entries) { inserted } }`, {
    entries: months.map((month) => ({ unitCode: "north", month, residential })),
  });
  expect(stored.data.recordHouseholds.inserted).toBe(12);
});
afterAll(() => server?.close());

describe("revenueCollectionShare (§9)", () => {
  it("is 0 by default: every worked-example figure unchanged, the collection rate shown beside the completion rate", async () => {
    const { assessment } = (await server.gql(ASSESS, { year: 2025 })).data;
    expect(assessment.scheme.revenueCollectionShare).toBe(0);
    for (const result of assessment.results) {
      const expected = expectedOf(result.unit.code);
      expect(result.total, result.unit.code).toBe(Number(expected.total));
      expect(revenueOf(result).score, result.unit.code).toBe(Number(expected.scores.REVENUE));
    }
    const north = assessment.results.find((r: any) => r.unit.code === "north");
    expect(north.collectionRate).toBe(northRate.toNumber());
    expect(assessment.results.find((r: any) => r.unit.code === "south").collectionRate).toBeNull();
  });

  it("0.3 in the what-if blends north's collection rate; units without a register keep their completion score", async () => {
    const response = await server.gql(SIMULATE, { year: 2025, share: 0.3 });
    expect(response.errors).toBeUndefined();
    const { simulateAssessment } = response.data;
    expect(simulateAssessment.scheme.revenueCollectionShare).toBe(0.3);
    const north = simulateAssessment.results.find((r: any) => r.unit.code === "north");
    const revenue = revenueOf(north);
    expect(revenue.score).toBe(Number(revenueScore(north, new Decimal("0.3"), northRate)));
    expect(revenue.score).not.toBe(Number(expectedOf("north").scores.REVENUE));
    expect(revenue.explanation).toContain(`collection rate ${northRate.toFixed(2)}%`);
    expect(revenue.explanation).toContain("collection share 0.3");
    expect(revenue.formula).toContain(`0.7 × min(120,`);
    expect(revenue.formula).toContain(`+ 0.3 × min(100, ${northRate.toFixed(2)})`);
    const south = simulateAssessment.results.find((r: any) => r.unit.code === "south");
    expect(revenueOf(south).score).toBe(Number(expectedOf("south").scores.REVENUE));
  });

  it("refuses a share outside 0–1, naming the field", async () => {
    const response = await server.gql(SIMULATE, { year: 2025, share: 1.5 });
    expect(response.errors?.[0].extensions?.invalid).toEqual([expect.objectContaining({ field: "revenueCollectionShare", reason: "NUMBER_RANGE" })]);
  });

  it("0.3 set in the scheme is kept in the finalised year's frozen result", async () => {
    const set = await server.gql(`mutation { setScheme(year: 2025, input: { revenueCollectionShare: 0.3 }) { revenueCollectionShare } }`);
    expect(set.data.setScheme.revenueCollectionShare).toBe(0.3);
    const live = (await server.gql(ASSESS, { year: 2025 })).data.assessment;
    expect((await server.gql(FINALIZE, { year: 2025 })).errors).toBeUndefined();
    const frozen = (await server.gql(ASSESS, { year: 2025 })).data.assessment;
    expect(frozen.finalized).toBe(true);
    expect(frozen.scheme.revenueCollectionShare).toBe(0.3);
    expect(frozen.results).toEqual(live.results);
    const north = frozen.results.find((r: any) => r.unit.code === "north");
    expect(revenueOf(north).score).toBe(Number(revenueScore(north, new Decimal("0.3"), northRate)));
    expect(north.collectionRate).toBe(northRate.toNumber());
    // The register of a finalised year is frozen with it.
    const change = await server.gql(`mutation { recordHouseholds(entries: [{ unitCode: "north", month: "2025-03", residential: 1 }]) { inserted } }`);
    expect(change.errors?.[0].extensions?.code).toBe("YEAR_FINALIZED");
  });
});
