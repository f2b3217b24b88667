import { describe, expect, it } from "vitest";
import { correctionAmount, correctionReference, EMPTY_FILTER, orderFor, toLedgerRow, toRecordFilter } from "./ledger-shape.ts";

describe("ledger shape", () => {
  it("sends only the filters that are set, with the year shown", () => {
    expect(toRecordFilter("revenue", EMPTY_FILTER, 2025)).toEqual({ year: 2025 });
    expect(
      toRecordFilter(
        "revenue",
        { ...EMPTY_FILTER, unitCode: "north", from: "2025-03-01", to: "2025-3-9", category: "ARREARS", referenceContains: "  SK ", net: true },
        2025,
      ),
    ).toEqual({ year: 2025, unitCode: "north", from: "2025-03-01", category: "ARREARS", referenceContains: "SK", net: true });
    // Net figures are for money ledgers, and a list of corrections has no net figures.
    expect(toRecordFilter("callbacks", { ...EMPTY_FILTER, net: true, category: "ARREARS" }, null)).toEqual({});
    expect(toRecordFilter("costs", { ...EMPTY_FILTER, net: true, correctionsOnly: true }, null)).toEqual({ correctionsOnly: true });
  });

  it("sorts by amount only where there are amounts", () => {
    expect(orderFor("revenue", "AMOUNT_DESC")).toBe("AMOUNT_DESC");
    expect(orderFor("complaints", "AMOUNT_DESC")).toBe("DATE_ASC");
    expect(orderFor("complaints", "DATE_DESC")).toBe("DATE_DESC");
    expect(orderFor("revenue", "nonsense")).toBe("DATE_ASC");
  });

  it("offers minus what is left of a record as its 冲红", () => {
    expect(correctionAmount({ netAmount: "1200.50", correction: false })).toBe("-1200.50");
    expect(correctionAmount({ netAmount: "0.00", correction: false })).toBeNull();
    expect(correctionAmount({ netAmount: "-50.00", correction: true })).toBeNull();
    expect(correctionReference("SK-1", [])).toBe("SK-1-CH");
    expect(correctionReference("SK-1", ["SK-1-CH", "SK-1-CH2"])).toBe("SK-1-CH3");
  });

  it("reads complaints' repeat flag as their category", () => {
    const row = toLedgerRow("complaints", {
      id: "1",
      date: "2025-01-02",
      reference: "T1",
      unit: { code: "north" },
      repeat: true,
      voided: true,
      voidReason: "typo",
    });
    expect(row).toMatchObject({ category: "REPEAT", voided: true, voidReason: "typo", amount: null, correctedBy: [] });
  });
});
