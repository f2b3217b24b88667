import { describe, expect, it } from "vitest";
import { CostCategory, RevenueCategory } from "../../common/enums.ts";
import { parseMoney } from "../../common/money.ts";
import { costLedger, type CostInput } from "../kinds/cost.ledger.ts";
import { revenueLedger, type RevenueInput } from "../kinds/revenue.ledger.ts";
import { validateEntries } from "../ledger.service.ts";

const units = new Map([
  ["north", 1],
  ["south", 2],
]);

const revenue = (overrides: Partial<RevenueInput> = {}): RevenueInput =>
  ({
    unitCode: "north",
    date: "2025-03-07",
    category: RevenueCategory.VIEWING_FEE,
    amount: parseMoney("1200.50"),
    reference: "R-1",
    ...overrides,
  }) as RevenueInput;

describe("batch entry validation", () => {
  it("accepts a valid batch", () => {
    expect(validateEntries(revenueLedger, [revenue(), revenue({ reference: "R-2", unitCode: "south" })], units)).toEqual([]);
  });

  it("names every bad entry with its index, field and reason", () => {
    const invalid = validateEntries(
      revenueLedger,
      [
        revenue(),
        revenue({ reference: "R-2", unitCode: "west" }),
        revenue({ reference: "R-3", amount: parseMoney("-1.00") }),
        revenue({ reference: "R-1" }),
        revenue({ reference: "" }),
      ],
      units,
    );
    expect(invalid).toEqual([
      { index: 1, field: "unitCode", reason: 'no unit has the code "west"' },
      { index: 2, field: "amount", reason: expect.stringContaining("must not be negative (got -1.00)") },
      { index: 3, field: "reference", reason: '"R-1" is also used by entry 0 of this batch' },
      { index: 4, field: "reference", reason: "must not be empty" },
    ]);
  });

  it("refuses references with surrounding spaces or control characters, and overlong ones", () => {
    const invalid = validateEntries(
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

  it("allows a warranty exchange only on repair material", () => {
    const cost = (category: CostCategory, warrantyExchange: boolean, reference: string): CostInput =>
      ({ unitCode: "north", date: "2025-05-01", category, amount: parseMoney("10"), warrantyExchange, reference }) as CostInput;
    const invalid = validateEntries(costLedger, [cost(CostCategory.REPAIR_MATERIAL, true, "C-1"), cost(CostCategory.SALARY, true, "C-2")], units);
    expect(invalid).toEqual([
      { index: 1, field: "warrantyExchange", reason: "only repair material can be a warranty exchange (category is SALARY)" },
    ]);
  });
});
