import { describe, expect, it } from "vitest";
import { Decimal } from "decimal.js";
import { dec, fixed2, plain } from "../decimal.ts";
import { fixed2Text, moneyText, plainText } from "../decimal-text.ts";
import { compare, fixed2Of, fixedOf, minus, percentOfFixed, plainOfFixed, plus, roundHalfUp, shownOfFixed, times } from "../fixed.ts";
import { div40, minus40, plus40, times40 } from "../fixed-context.ts";
import { money } from "../decimal.ts";

// The shortcuts must print exactly what decimal.js prints for the same value: checked on a spread of texts.
// decimal.js rounds a result beyond 40 significant digits and fixed-point does not, so the texts stay
// within what the rules ever meet (an amount of numeric(14,2) times a rate): products of 40 digits at most.
const TEXTS = ["0", "-0", "-0.00", "0.005", "-0.005", "0.015", "2.675", "-2.675", "1234.5", "1000000", "-1234567.894", "999999999999.99"];
TEXTS.push(
  "12.005",
  "88.50",
  "80.0",
  "80.00",
  "0.50",
  "-0.50",
  "100.00",
  "5.",
  "007",
  "1e3",
  "1.5E-3",
  "-123456789012.3456789",
  "0.0000001",
  "100",
  "-99.995",
  // SQL numeric(14,2) text, which the text shortcuts answer as it is or trim.
  "0.00",
  "-5.00",
  "12.30",
  "-123.45",
  "00.10",
  "1234567.80",
  "-0.05",
);

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

  it("round and print alike on both sides of 2^52 units, where whole numbers in doubles stop being exact", () => {
    // 2^52 = 4503599627370496: units just below take the number path, from it on BigInt's.
    const near = [
      "4503599627370495",
      "4503599627370496",
      "4503599627370497",
      "45035996273704",
      "45035996273705",
      "9999999999999999",
      "999999999999999",
    ];
    const texts: string[] = [];
    for (const digits of near) {
      for (let point = 0; point <= 8; point++) {
        const at = digits.length - point;
        const text = point === 0 ? digits : `${digits.slice(0, at)}.${digits.slice(at)}`;
        texts.push(text, `-${text}`, text.replace(/.$/, "5"), `-${text.replace(/.$/, "5")}`);
      }
    }
    for (const text of texts) {
      const d = dec(text);
      const f = fixedOf(text);
      expect(plainOfFixed(f), text).toBe(plain(d));
      expect(fixed2Of(f), text).toBe(fixed2(d));
      for (const dp of [0, 1, 2, 4, 6]) {
        expect(plainOfFixed(roundHalfUp(f, dp)), `${text} to ${dp}`).toBe(plain(d.toDecimalPlaces(dp, Decimal.ROUND_HALF_UP)));
      }
    }
  });

  it("refuses what is not a number, as decimal.js does", () => {
    expect(() => fixedOf("abc")).toThrow(/DecimalError/);
    expect(() => fixedOf("Infinity")).toThrow(RangeError);
  });
});

describe("the 40-digit operations round as the server's decimal context does", () => {
  // A seeded spread of operands: short and long, terminating and not, both signs.
  let state = 42;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const operand = () => {
    const digits = String(Math.floor(random() * 1e15)).slice(0, 1 + Math.floor(random() * 15));
    const point = Math.floor(random() * digits.length);
    const text = point === 0 ? digits : `${digits.slice(0, point)}.${digits.slice(point)}`;
    return random() < 0.3 ? `-${text}` : text;
  };

  it("divides, multiplies, adds and shows alike", () => {
    for (let i = 0; i < 3000; i++) {
      const [a, b, c] = [operand(), operand(), operand()];
      const [da, db, dc] = [dec(a), dec(b), dec(c)];
      const [fa, fb, fc] = [fixedOf(a), fixedOf(b), fixedOf(c)];
      if (db.isZero()) continue;
      const q = div40(fa, fb);
      const dq = da.div(db);
      expect(plainOfFixed(q), `${a} / ${b}`).toBe(plain(dq));
      // Chains as the rules write them: a quotient scaled, offset and blended.
      expect(plainOfFixed(times40(q, fc)), `${a} / ${b} × ${c}`).toBe(plain(dq.times(dc)));
      expect(plainOfFixed(plus40(times40(q, fc), q)), `(${a} / ${b}) × ${c} + …`).toBe(plain(dq.times(dc).plus(dq)));
      expect(plainOfFixed(minus40(fc, q)), `${c} − ${a} / ${b}`).toBe(plain(dc.minus(dq)));
      const rounded = dq.toDecimalPlaces(4, Decimal.ROUND_HALF_UP);
      const r = rounded.isZero() ? rounded.abs() : rounded;
      const shown = r.toFixed(Math.max(2, r.decimalPlaces()));
      expect(shownOfFixed(q), `shown ${a} / ${b}`).toEqual({ shown, equals: `${dq.eq(rounded) ? "=" : "≈"} ${shown}` });
    }
  });

  it("rounds ties at the 40th digit half-up, away from zero", () => {
    const long = "1234567890123456789012345678901234567895"; // 40 digits; + 0.5 makes a 41st digit, a tie
    for (const text of [long, `-${long}`, `${long}0000`]) {
      const half = text.startsWith("-") ? "-0.5" : "0.5";
      expect(plainOfFixed(plus40(fixedOf(text), fixedOf(half)))).toBe(plain(dec(text).plus(half)));
      expect(plainOfFixed(times40(fixedOf(text), fixedOf("1.5")))).toBe(plain(dec(text).times("1.5")));
      expect(plainOfFixed(div40(fixedOf(text), fixedOf("3")))).toBe(plain(dec(text).div(3)));
    }
  });
});
