import { Decimal } from "decimal.js";
import { Dec } from "../../common/money.ts";

/** The scoring rules compute in the server's one decimal context (common/money.ts). */
export const D = Dec;

export const ZERO = new D(0);
export const ONE = new D(1);
export const HUNDRED = new D(100);

/** Decimal strings as given, scheme numbers and counts via their shortest text (never float math). */
export function dec(value: string | number): Decimal {
  return new D(typeof value === "number" ? String(value) : value);
}

export function round2(value: Decimal): Decimal {
  return value.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** max(low, min(high, value)), choosing exactly as Decimal.max/min do, without copying the chosen value. */
export function clampBetween(value: Decimal, low: Decimal, high: Decimal): Decimal {
  const capped = high.gt(value) ? value : high;
  return low.lt(capped) ? capped : low;
}

const HALF = new D("0.5");

/**
 * 100 × (whole + 0.5 × half) / count, as the callback and dispatch rules count them. Counts are
 * whole numbers, so the numerator is the integer 100·whole + 50·half — exact in a double up to
 * 2^53 — and one Decimal division gives the same correctly rounded quotient as the long form.
 */
export function countRatio(whole: number, half: number, count: number): Decimal {
  const wholes = 100 * whole;
  const halves = 50 * half;
  const numerator = wholes + halves;
  if (Number.isSafeInteger(wholes) && Number.isSafeInteger(halves) && Number.isSafeInteger(numerator)) return new D(numerator).div(count);
  return HUNDRED.times(dec(whole).plus(HALF.times(half))).div(count);
}

// Rounding a tiny negative value to zero must not print "-0.00".
function unsigned0(value: Decimal): Decimal {
  return value.isZero() ? value.abs() : value;
}

/** Half-up to 2 decimals, as stored and sent: "3456000.00". */
export function fixed2(value: Decimal): string {
  return unsigned0(round2(value)).toFixed(2);
}

/** Money for people: thousands separators and 2 decimals, "3,456,000.00". */
export function money(value: Decimal): string {
  return groupFixed2(fixed2(value));
}

/** Thousands separators on a fixed2 text: "-3456000.00" → "-3,456,000.00". */
export function groupFixed2(fixed: string): string {
  const point = fixed.length - 3;
  const start = fixed.startsWith("-") ? 1 : 0;
  // Three integer digits or fewer: nothing to separate.
  if (point - start <= 3) return fixed;
  const head = (point - start) % 3 || 3;
  let out = fixed.slice(0, start + head);
  for (let i = start + head; i < point; i += 3) out += `,${fixed.slice(i, i + 3)}`;
  return out + fixed.slice(point);
}

/** A parameter or count as written: "0.6", "120", "10". */
export function plain(value: Decimal): string {
  return unsigned0(value).toFixed();
}

/**
 * An intermediate for display, from one rounding: `shown` has at least 2 and at most `maxDp`
 * decimals ("81.25", "88.6667", "20.00"); `equals` is "= 81.25" when that text is the exact value
 * and "≈ 88.6667" when display cut it. Explanations print both forms of the same value.
 */
export function shownBoth(value: Decimal, maxDp = 4): { shown: string; equals: string } {
  const rounded = value.toDecimalPlaces(maxDp, Decimal.ROUND_HALF_UP);
  const r = unsigned0(rounded);
  const text = r.toFixed(Math.max(2, r.decimalPlaces()));
  return { shown: text, equals: `${value.eq(rounded) ? "=" : "≈"} ${text}` };
}

// Scheme parameters and weights are a handful of numbers used by every unit: parse each once.
// Keyed by value (not by scheme object), so a scheme changed in place can never read stale numbers.
interface ParsedNumber {
  value: Decimal;
  plain: string;
  /** 1 − value: a share's complement, as the blends use it. */
  complement: Decimal;
  complementPlain: string;
}
const parsedNumbers = new Map<number, ParsedNumber>();

function parsedNumber(n: number): ParsedNumber {
  let parsed = parsedNumbers.get(n);
  if (parsed === undefined) {
    const value = dec(n);
    const complement = ONE.minus(value);
    parsed = { value, plain: plain(value), complement, complementPlain: plain(complement) };
    // Bounded: scheme numbers are few; a caller passing many distinct numbers just parses them.
    if (parsedNumbers.size < 1024) parsedNumbers.set(n, parsed);
  }
  return parsed;
}

/** dec(n) for a scheme number, parsed once (Decimals are immutable, so sharing one is safe). */
export function decOf(n: number): Decimal {
  return parsedNumber(n).value;
}

/** plain(dec(n)) for a scheme number. */
export function plainOf(n: number): string {
  return parsedNumber(n).plain;
}

/** ONE.minus(dec(n)) and its plain text, for a share. */
export function complementOf(n: number): { value: Decimal; plain: string } {
  const parsed = parsedNumber(n);
  return { value: parsed.complement, plain: parsed.complementPlain };
}
