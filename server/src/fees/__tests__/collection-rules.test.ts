import { describe, expect, it } from "vitest";
import { dec, fixed2 } from "../../assessment/scoring/decimal.ts";
import {
  agingBucket,
  arrearsRecoveryRate,
  blendedRevenueScore,
  maskAddress,
  maskContact,
  maskName,
  monthReceivable,
  periodCollection,
  type Tariff,
} from "../collection-rules.ts";

const tariff: Tariff = { RESIDENTIAL: "25.00", UPGRADED: "30.00", COLLECTIVE: "18.00" };

describe("§9 example: north, March 2025", () => {
  it("1,200 residential and 150 upgraded → receivable 34,500.00; 31,050.00 collected → 90.00 %", () => {
    expect(fixed2(monthReceivable({ RESIDENTIAL: 1200, UPGRADED: 150 }, tariff))).toBe("34500.00");
    const march = periodCollection([{ households: { RESIDENTIAL: 1200, UPGRADED: 150 }, collected: "31050.00" }], tariff);
    expect(march).toEqual({ monthsWithRegister: 1, receivable: "34500.00", collected: "31050.00", collectionRate: "90.00" });
  });
});

describe("collection rate", () => {
  it("is not applicable without a register entry", () => {
    expect(periodCollection([{ collected: "1000.00" }, { collected: "2000.00" }], tariff).collectionRate).toBeNull();
    expect(periodCollection([], tariff).collectionRate).toBeNull();
  });

  it("is not applicable when the receivable is 0", () => {
    expect(periodCollection([{ households: { RESIDENTIAL: 0 }, collected: "10.00" }], tariff).collectionRate).toBeNull();
  });

  it("counts collected only over the months that have a register entry", () => {
    const q = periodCollection(
      [
        { households: { RESIDENTIAL: 100 }, collected: "2500.00" },
        { collected: "9999.00" },
        { households: { RESIDENTIAL: 100, COLLECTIVE: 10 }, collected: "2000.00" },
      ],
      tariff,
    );
    expect(q).toEqual({ monthsWithRegister: 2, receivable: "5180.00", collected: "4500.00", collectionRate: "86.87" });
  });

  it("may exceed 100 % (advance payments)", () => {
    expect(periodCollection([{ households: { RESIDENTIAL: 100 }, collected: "3000.00" }], tariff).collectionRate).toBe("120.00");
  });

  it("rounds half-up to 2 decimals (1 / 8 → 12.50; 2.5 / 2000 → 0.13)", () => {
    const t: Tariff = { RESIDENTIAL: "1.00", UPGRADED: "1.00", COLLECTIVE: "1.00" };
    expect(periodCollection([{ households: { RESIDENTIAL: 8 }, collected: "1" }], t).collectionRate).toBe("12.50");
    expect(periodCollection([{ households: { RESIDENTIAL: 2000 }, collected: "2.5" }], t).collectionRate).toBe("0.13");
  });

  it("refuses a negative or fractional household count", () => {
    expect(() => monthReceivable({ RESIDENTIAL: -1 }, tariff)).toThrow(RangeError);
    expect(() => monthReceivable({ UPGRADED: 1.5 }, tariff)).toThrow(RangeError);
  });
});

describe("arrears recovery", () => {
  it("is recovered / opening × 100 %", () => {
    expect(arrearsRecoveryRate("12000.00", "48000.00")).toBe("25.00");
  });
  it("is not applicable without an opening balance", () => {
    expect(arrearsRecoveryRate("100.00", "0")).toBeNull();
  });
});

describe("REVENUE blend with revenueCollectionShare", () => {
  it("share 0 leaves the REVENUE score unchanged", () => {
    const r = blendedRevenueScore(dec("93"), 120, 0, "90.00");
    expect(fixed2(r.score)).toBe("93.00");
    expect(r.effectiveShare.isZero()).toBe(true);
  });
  it("share 0.3: 0.7 × min(120, 108) + 0.3 × min(100, 90) = 102.60", () => {
    expect(fixed2(blendedRevenueScore(dec("108"), 120, "0.3", "90.00").score)).toBe("102.60");
  });
  it("caps both parts: 0.7 × 120 + 0.3 × 100 = 114.00 at 130 % completion and 105 % collection", () => {
    expect(fixed2(blendedRevenueScore(dec("130"), 120, "0.3", "105.00").score)).toBe("114.00");
  });
  it("a not-applicable collection rate makes the share 0 for that unit", () => {
    const r = blendedRevenueScore(dec("108"), 120, "0.3", null);
    expect(fixed2(r.score)).toBe("108.00");
    expect(r.effectiveShare.isZero()).toBe(true);
  });
  it("refuses a share outside 0–1", () => {
    expect(() => blendedRevenueScore(dec("100"), 120, "1.5", "90")).toThrow(RangeError);
  });
});

describe("masking of personal data", () => {
  it("masks names and contacts (张**, 138****5678)", () => {
    expect(maskName("张三丰")).toBe("张**");
    expect(maskName("张三")).toBe("张*");
    expect(maskContact("13812345678")).toBe("138****5678");
  });
});

describe("masking of addresses", () => {
  it("keeps at most the first six characters, never more than half", () => {
    expect(maskAddress("城北区建设路12号3单元501")).toBe("城北区建设路****");
    expect(maskAddress("城北区和平街8号")).toBe("城北区和****");
    expect(maskAddress("一号")).toBe("一****");
    expect(maskAddress("")).toBe("");
  });
});

describe("aging buckets (账龄)", () => {
  it("< 1 year, 1–3 years both included, > 3 years", () => {
    expect(["0", "0.9", "1", "2.5", "3", "3.1", "12"].map(agingBucket)).toEqual([
      "UNDER_1",
      "UNDER_1",
      "FROM_1_TO_3",
      "FROM_1_TO_3",
      "FROM_1_TO_3",
      "OVER_3",
      "OVER_3",
    ]);
  });
});
