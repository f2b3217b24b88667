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

export function clamp(value: Decimal, low: Decimal, high: Decimal): Decimal {
  return Decimal.max(low, Decimal.min(high, value));
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
  const [integer, fraction] = fixed2(value).split(".");
  const sign = integer.startsWith("-") ? "-" : "";
  const digits = integer.slice(sign.length).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${sign}${digits}.${fraction}`;
}

/** A parameter or count as written: "0.6", "120", "10". */
export function plain(value: Decimal): string {
  return unsigned0(value).toFixed();
}

/** An intermediate for display: at least 2 and at most `maxDp` decimals, "81.25", "88.6667", "20.00". */
export function shown(value: Decimal, maxDp = 4): string {
  const r = unsigned0(value.toDecimalPlaces(maxDp, Decimal.ROUND_HALF_UP));
  return r.toFixed(Math.max(2, r.decimalPlaces()));
}

/** "= 81.25" when the shown text is the exact value, "≈ 88.6667" when display cut it. */
export function equalsShown(value: Decimal, maxDp = 4): string {
  const exact = value.eq(value.toDecimalPlaces(maxDp, Decimal.ROUND_HALF_UP));
  return `${exact ? "=" : "≈"} ${shown(value, maxDp)}`;
}

/** Percentages in the contract are "6.00" meaning 6 %. */
export function percentOf(amount: Decimal, percent: Decimal): Decimal {
  return amount.times(percent).div(HUNDRED);
}
