import { describe, expect, it } from "vitest";
import { CostCategory, RevenueCategory } from "../../common/enums.ts";
import { parseMoney } from "../../common/money.ts";
import { CostInput, costLedger } from "../kinds/cost.ledger.ts";
import { RevenueInput, revenueLedger } from "../kinds/revenue.ledger.ts";
import { collectInvalid } from "../../common/validation.ts";
import { validateBatch } from "../ledger.service.ts";

const units = new Map([
  ["north", 1],
  ["south", 2],
]);

/** An entry as type-graphql hands it to the service: an instance of the input class. */
const revenue = (overrides: Partial<RevenueInput> = {}): RevenueInput =>
  Object.assign(new RevenueInput(), {
    unitCode: "north",
    date: "2025-03-07",
    category: RevenueCategory.VIEWING_FEE,
    amount: parseMoney("1200.50"),
    reference: "R-1",
    correction: false,
    ...overrides,
  });

/** Every problem of a batch, as the service reports them: field rules, then batch rules. */
async function validateEntries<E extends RevenueInput | CostInput>(
  kind: Parameters<typeof validateBatch<E>>[0],
  entries: E[],
  unitIds: Map<string, number>,
) {
  return [...(await collectInvalid(entries)), ...validateBatch(kind, entries, unitIds)].sort((a, b) => (a.index ?? -1) - (b.index ?? -1));
}

describe("batch entry validation", () => {
  it("accepts a valid batch", async () => {
    expect(await validateEntries(revenueLedger, [revenue(), revenue({ reference: "R-2", unitCode: "south" })], units)).toEqual([]);
  });

  it("names every bad entry with its index, field and reason code", async () => {
    const invalid = await validateEntries(
      revenueLedger,
      [
        revenue(),
        revenue({ reference: "R-2", unitCode: "west" }),
        revenue({ reference: "R-3", amount: parseMoney("-1.00") }),
        revenue({ reference: "R-1" }),
        revenue({ reference: "" }),
        revenue({ reference: "R-6", amount: parseMoney("0") }),
      ],
      units,
    );
    expect(invalid).toEqual([
      { index: 1, field: "unitCode", reason: "UNKNOWN_UNIT", params: { unit: "west" } },
      { index: 2, field: "amount", reason: "NEGATIVE_NEEDS_CORRECTION", params: { got: "-1.00" } },
      { index: 3, field: "reference", reason: "DUPLICATE_IN_BATCH", params: { reference: "R-1", row: 1 } },
      { index: 4, field: "reference", reason: "EMPTY", params: { min: 1 } },
      { index: 5, field: "amount", reason: "NOT_POSITIVE", params: { got: "0.00" } },
    ]);
  });

  it("refuses references with surrounding spaces or control characters, and overlong ones", async () => {
    const invalid = await validateEntries(
      revenueLedger,
      [revenue({ reference: " R-9" }), revenue({ reference: "R\n9" }), revenue({ reference: "x".repeat(101) })],
      units,
    );
    expect(invalid.map((e) => [e.index, e.field])).toEqual([
      [0, "reference"],
      [1, "reference"],
      [2, "reference"],
    ]);
  });

  it("allows a warranty exchange only on repair material, and no cost of 0", async () => {
    const cost = (category: CostCategory, warrantyExchange: boolean, reference: string, amount = "10"): CostInput =>
      Object.assign(new CostInput(), { unitCode: "north", date: "2025-05-01", category, amount: parseMoney(amount), warrantyExchange, reference });
    const invalid = await validateEntries(
      costLedger,
      [cost(CostCategory.REPAIR_MATERIAL, true, "C-1"), cost(CostCategory.SALARY, true, "C-2"), cost(CostCategory.SALARY, false, "C-3", "0")],
      units,
    );
    expect(invalid).toEqual([
      { index: 1, field: "warrantyExchange", reason: "WARRANTY_ONLY_REPAIR", params: { category: "SALARY" } },
      { index: 2, field: "amount", reason: "NOT_POSITIVE", params: { got: "0.00" } },
    ]);
  });
});
