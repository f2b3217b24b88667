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

// Scheme parameters and weights are a handful of numbers used by every unit: printed once each.
// Keyed by value (not by scheme object), so a scheme changed in place can never read stale text.
const printedNumbers = new Map<number, { plain: string; complement: string }>();

function printedNumber(n: number): { plain: string; complement: string } {
  let printed = printedNumbers.get(n);
  if (printed === undefined) {
    const value = dec(n);
    printed = { plain: plain(value), complement: plain(ONE.minus(value)) };
    // Bounded: scheme numbers are few; a caller passing many distinct numbers just prints them again.
    if (printedNumbers.size < 1024) printedNumbers.set(n, printed);
  }
  return printed;
}

/** plain(dec(n)) for a scheme number: "0.6", "120". */
export function plainOf(n: number): string {
  return printedNumber(n).plain;
}

/** plain(ONE.minus(dec(n))) for a share: "0.4" for 0.6. */
export function complementPlainOf(n: number): string {
  return printedNumber(n).complement;
}
