import { describe, expect, it } from "vitest";
import { Decimal } from "decimal.js";
import { dec, fixed2, plain } from "../decimal.ts";
import { fixed2Text, moneyText, plainText } from "../decimal-text.ts";
import { compare, fixed2Of, fixedOf, minus, percentOfFixed, plainOfFixed, plus, roundHalfUp, times } from "../fixed.ts";
import { money } from "../decimal.ts";

// The shortcuts must print exactly what decimal.js prints for the same value: checked on a spread of texts.
// decimal.js rounds a result beyond 40 significant digits and fixed-point does not, so the texts stay
// within what the rules ever meet (an amount of numeric(14,2) times a rate): products of 40 digits at most.
const TEXTS = ["0", "-0", "-0.00", "0.005", "-0.005", "0.015", "2.675", "-2.675", "1234.5", "1000000", "-1234567.894", "999999999999.99"];
TEXTS.push("12.005", "88.50", "80.0", "007", "1e3", "1.5E-3", "-123456789012.3456789", "0.0000001", "100", "-99.995");

describe("fixed-point and text shortcuts agree with decimal.js", () => {
  it("print, round and compare every text alike", () => {
    for (const text of TEXTS) {
      const d = dec(text);
      const f = fixedOf(text);
      expect(fixed2Of(f), text).toBe(fixed2(d));
      expect(plainOfFixed(f), text).toBe(plain(d));
      expect(fixed2Text(text), text).toBe(fixed2(d));
      expect(moneyText(text), text).toBe(money(d));
      expect(plainText(text), text).toBe(plain(d));
      expect(plainOfFixed(roundHalfUp(f, 2)), text).toBe(plain(d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP)));
      for (const other of TEXTS) {
        const o = dec(other);
        const g = fixedOf(other);
        expect(compare(f, g), `${text} vs ${other}`).toBe(d.comparedTo(o));
        expect(plainOfFixed(plus(f, g))).toBe(plain(d.plus(o)));
        expect(plainOfFixed(minus(f, g))).toBe(plain(d.minus(o)));
        expect(plainOfFixed(times(f, g))).toBe(plain(d.times(o)));
        expect(plainOfFixed(percentOfFixed(f, g))).toBe(plain(d.times(o).div(100)));
      }
    }
  });

  it("refuses what is not a number, as decimal.js does", () => {
    expect(() => fixedOf("abc")).toThrow(/DecimalError/);
    expect(() => fixedOf("Infinity")).toThrow(RangeError);
  });
});
