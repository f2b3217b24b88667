import { D, dec } from "./decimal.ts";
import type { Decimal } from "decimal.js";

/**
 * Exact fixed-point decimals on BigInt for the sums, products, comparisons and half-up roundings
 * of the rules — the operations that never divide. value = units / 10^scale, never rounded until
 * roundHalfUp says so. decimal.js computes the same operations exactly too (40 significant digits
 * hold any product of two amounts or an amount and a rate), so the results are identical; BigInt
 * just skips decimal.js's per-operation normalising and allocating. The decimal context's rounding
 * of each result to 40 digits (which division needs) is in fixed-context.ts.
 */
export interface Fixed {
  readonly units: bigint;
  readonly scale: number;
}

const POWERS: bigint[] = [1n];

export function pow10(k: number): bigint {
  while (POWERS.length <= k) POWERS.push(POWERS[POWERS.length - 1] * 10n);
  return POWERS[k];
}

// Plain notation as SQL numeric text and the API write it; any other form goes through decimal.js.
const PLAIN = /^(-?)(\d+)(?:\.(\d+))?$/;

// Scores and totals ("88.50", "95.75") recur across units: short texts are parsed once each.
// Fixed values are never changed, so one can be shared. Bounded, like the other caches here.
const shortTexts = new Map<string, Fixed>();

/** The exact value of a decimal text; throws decimal.js's own error for what is not a number. */
export function fixedOf(text: string): Fixed {
  if (text.length > 6) return parseFixed(text);
  let fixed = shortTexts.get(text);
  if (fixed === undefined) {
    fixed = parseFixed(text);
    if (shortTexts.size < 20_000) shortTexts.set(text, fixed);
  }
  return fixed;
}

function parseFixed(text: string): Fixed {
  const short = parseShortPlain(text);
  if (short !== null) return short;
  const m = PLAIN.exec(text);
  if (m) {
    const fraction = m[3] ?? "";
    const units = BigInt(m[2] + fraction);
    return { units: m[1] === "-" ? -units : units, scale: fraction.length };
  }
  const value = dec(text);
  if (!value.isFinite()) throw new RangeError(`not a finite decimal: ${text}`);
  return parseFixed(value.toFixed());
}

/**
 * Plain notation of at most 15 digits ("-1234.50", SQL numeric text), read digit by digit: the
 * units are exact in a double, so the one BigInt is made from a number, without the regular
 * expression's match or a joined string. Anything else: null (PLAIN and decimal.js read it).
 */
function parseShortPlain(text: string): Fixed | null {
  const length = text.length;
  if (length === 0 || length > 17) return null;
  const negative = text.charCodeAt(0) === 45; // "-"
  let units = 0;
  let digits = 0;
  let scale = -1;
  for (let i = negative ? 1 : 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c === 46) {
      // "." once, after a digit (".5" and "5." are decimal.js's to read)
      if (scale >= 0 || digits === 0) return null;
      scale = 0;
    } else if (c >= 48 && c <= 57) {
      units = units * 10 + (c - 48);
      digits++;
      if (scale >= 0) scale++;
    } else return null;
  }
  if (digits === 0 || digits > 15 || scale === 0) return null;
  return { units: BigInt(negative ? -units : units), scale: Math.max(scale, 0) };
}

// Scheme numbers (weights, thresholds) recur for every unit: each parsed once, keyed by value.
const numbers = new Map<number, Fixed>();

/** A scheme number's exact value, as dec(n) reads it (its shortest text). */
export function fixedOfNumber(n: number): Fixed {
  let fixed = numbers.get(n);
  if (fixed === undefined) {
    fixed = fixedOf(String(n));
    if (numbers.size < 1024) numbers.set(n, fixed);
  }
  return fixed;
}

export const FIXED_ZERO: Fixed = { units: 0n, scale: 0 };

function atScale(a: Fixed, scale: number): bigint {
  return a.scale === scale ? a.units : a.units * pow10(scale - a.scale);
}

export function plus(a: Fixed, b: Fixed): Fixed {
  const scale = Math.max(a.scale, b.scale);
  return { units: atScale(a, scale) + atScale(b, scale), scale };
}

export function minus(a: Fixed, b: Fixed): Fixed {
  const scale = Math.max(a.scale, b.scale);
  return { units: atScale(a, scale) - atScale(b, scale), scale };
}

export function times(a: Fixed, b: Fixed): Fixed {
  return { units: a.units * b.units, scale: a.scale + b.scale };
}

/** a × percent / 100: contract rates are percentages ("6.00" is 6 %); dividing by 100 only moves the point. */
export function percentOfFixed(a: Fixed, percent: Fixed): Fixed {
  return { units: a.units * percent.units, scale: a.scale + percent.scale + 2 };
}

export function negate(a: Fixed): Fixed {
  return { units: -a.units, scale: a.scale };
}

/** −1, 0 or 1 as a is below, equal to or above b. */
export function compare(a: Fixed, b: Fixed): number {
  const scale = Math.max(a.scale, b.scale);
  const x = atScale(a, scale);
  const y = atScale(b, scale);
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Below 2^52 units, whole-number arithmetic in doubles is exact (every product and sum below stays
 * under 2^53): the roundings and texts of the scores, counts and amounts the rules meet take that
 * path, one BigInt at most instead of a chain of them. Larger values take BigInt's.
 */
const NUMBER_LIMIT = 2n ** 52n;
const NUMBER_POWERS = Array.from({ length: 16 }, (_, k) => 10 ** k);

function fitsNumber(units: bigint): boolean {
  return units < NUMBER_LIMIT && units > -NUMBER_LIMIT;
}

/**
 * The quotient of a whole number below 2^52 by a power of ten, truncated. The double division is
 * correctly rounded and cannot round up to the next whole number: a quotient that is not whole
 * lies at least 1/divisor below it, more than half the spacing of doubles there (< 1/divisor,
 * the quotient being below 2^52/divisor).
 */
function quotientOf(abs: number, divisor: number): number {
  return Math.trunc(abs / divisor);
}

/** Half-up (ties away from zero, as Decimal.ROUND_HALF_UP) to `dp` decimals. */
export function roundHalfUp(a: Fixed, dp: number): Fixed {
  if (a.scale <= dp) return a;
  const drop = a.scale - dp;
  if (drop <= 15 && fitsNumber(a.units)) {
    const n = Number(a.units);
    const abs = n < 0 ? -n : n;
    const divisor = NUMBER_POWERS[drop];
    let q = quotientOf(abs, divisor);
    if ((abs - q * divisor) * 2 >= divisor) q += 1;
    return { units: BigInt(n < 0 ? -q : q), scale: dp };
  }
  const divisor = pow10(drop);
  const abs = a.units < 0n ? -a.units : a.units;
  let q = abs / divisor;
  // The remainder by one multiplication instead of a second division.
  if ((abs - q * divisor) * 2n >= divisor) q += 1n;
  return { units: a.units < 0n ? -q : q, scale: dp };
}

/** fixed2: half-up to 2 decimals, "1234.50", never "-0.00". */
export function fixed2Of(a: Fixed): string {
  const r = roundHalfUp(a, 2);
  if (fitsNumber(r.units)) {
    // r has at most 2 decimals; its units brought to scale 2 are exact while below 2^52, which the
    // check sees (a product at or above 2^52 may be inexact, but stays at or above it).
    const n = Number(r.units) * NUMBER_POWERS[2 - r.scale];
    const abs = n < 0 ? -n : n;
    if (abs < 2 ** 52) {
      const whole = quotientOf(abs, 100);
      const cents = abs - whole * 100;
      return `${n < 0 ? "-" : ""}${whole}.${cents < 10 ? "0" : ""}${cents}`;
    }
  }
  const units = atScale(r, 2);
  const abs = (units < 0n ? -units : units).toString().padStart(3, "0");
  return `${units < 0n ? "-" : ""}${abs.slice(0, -2)}.${abs.slice(-2)}`;
}

/** As Decimal's toFixed() prints it: no exponent, no trailing fractional zeros, "0" for zero. */
export function plainOfFixed(a: Fixed): string {
  if (a.units === 0n) return "0";
  if (a.scale <= 15 && fitsNumber(a.units)) {
    const n = Number(a.units);
    const abs = n < 0 ? -n : n;
    const divisor = NUMBER_POWERS[a.scale];
    const whole = quotientOf(abs, divisor);
    let fraction = abs - whole * divisor;
    let digits = a.scale;
    // Trailing zeros of the fraction are not printed.
    while (digits > 0 && fraction % 10 === 0) {
      fraction /= 10;
      digits--;
    }
    const sign = n < 0 ? "-" : "";
    return digits === 0 ? `${sign}${whole}` : `${sign}${whole}.${String(fraction).padStart(digits, "0")}`;
  }
  const abs = (a.units < 0n ? -a.units : a.units).toString().padStart(a.scale + 1, "0");
  const integer = abs.slice(0, abs.length - a.scale);
  const fraction = abs.slice(abs.length - a.scale).replace(/0+$/, "");
  return `${a.units < 0n ? "-" : ""}${integer}${fraction ? `.${fraction}` : ""}`;
}

/** The same value as a Decimal, for the divisions. */
export function decimalOf(a: Fixed): Decimal {
  return new D(plainOfFixed(a));
}

/**
 * An intermediate for display, as decimal.ts's shownBoth prints a Decimal: `shown` half-up to at
 * most `maxDp` decimals and at least 2 ("81.25", "88.6667", "20.00"); `equals` "= 81.25" when that
 * is the exact value, "≈ 88.6667" when display cut it.
 */
export function shownOfFixed(a: Fixed, maxDp = 4): { shown: string; equals: string } {
  const r = roundHalfUp(a, maxDp);
  const text = plainOfFixed(r);
  const point = text.indexOf(".");
  const decimals = point < 0 ? 0 : text.length - point - 1;
  const shown = decimals >= 2 ? text : `${text}${point < 0 ? "." : ""}${"0".repeat(2 - decimals)}`;
  return { shown, equals: `${r === a || compare(a, r) === 0 ? "=" : "≈"} ${shown}` };
}

/** As Decimal's toFixed(dp) prints a value: half-up, padded, "-0.0000" for a negative value that rounds to 0. */
export function toFixedOf(a: Fixed, dp: number): string {
  const units = atScale(roundHalfUp(a, dp), dp);
  const abs = (units < 0n ? -units : units).toString().padStart(dp + 1, "0");
  const sign = a.units < 0n ? "-" : "";
  return dp === 0 ? `${sign}${abs}` : `${sign}${abs.slice(0, -dp)}.${abs.slice(-dp)}`;
}

/** A count (callbacks, orders) as a fixed-point value: whole numbers directly, anything else by its text. */
export function fixedOfCount(n: number): Fixed {
  return Number.isSafeInteger(n) ? { units: BigInt(n), scale: 0 } : fixedOf(String(n));
}

export const FIXED_ONE: Fixed = { units: 1n, scale: 0 };
export const FIXED_HUNDRED: Fixed = { units: 100n, scale: 0 };

/** max(low, min(high, value)), choosing exactly as Decimal.max/min do. */
export function clampFixed(value: Fixed, low: Fixed, high: Fixed): Fixed {
  const capped = compare(high, value) > 0 ? value : high;
  return compare(low, capped) < 0 ? capped : low;
}
