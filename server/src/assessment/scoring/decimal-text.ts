import { dec, fixed2, groupFixed2, plain } from "./decimal.ts";

/**
 * Shortcuts from a decimal TEXT to the strings fixed2/money/plain would print for it, without a
 * Decimal in between. Inputs arrive as SQL numeric text ("1234.50"), so almost every amount takes
 * the shortcut; anything else (an exponent, 3 decimals, leading zeros) falls back to the Decimal
 * path, so the output is the same character for character either way.
 */

// Plain notation without superfluous leading zeros: the only texts the shortcuts read.
const DECIMAL_TEXT = /^(-?)(0|[1-9]\d*)(?:\.(\d+))?$/;
const ZEROS = /^0*$/;

/** fixed2(dec(text)): half-up to 2 decimals, never "-0.00". */
export function fixed2Text(text: string): string {
  const m = DECIMAL_TEXT.exec(text);
  const fraction = m?.[3] ?? "";
  if (!m || fraction.length > 2) return fixed2(dec(text));
  // -0 and -0.00 print unsigned, as fixed2 does.
  const sign = m[2] === "0" && ZEROS.test(fraction) ? "" : m[1];
  return `${sign}${m[2]}.${fraction.padEnd(2, "0")}`;
}

/** money(dec(text)). */
export function moneyText(text: string): string {
  return groupFixed2(fixed2Text(text));
}

// Plain notation with its fraction's trailing zeros apart: "88.50" → "88" + "5", "80.00" → "80" + "".
const TRAILING_ZEROS = /^(-?)(0|[1-9]\d*)(?:\.(?=\d)(\d*?)0*)?$/;

/** plain(dec(text)): Decimal prints no trailing fractional zeros: "80.00" → "80", "88.50" → "88.5", "-0" → "0". */
export function plainText(text: string): string {
  const m = TRAILING_ZEROS.exec(text);
  if (!m) return plain(dec(text));
  const fraction = m[3] ?? "";
  // A zero prints unsigned, as plain() does.
  const sign = m[2] === "0" && fraction === "" ? "" : m[1];
  return fraction === "" ? `${sign}${m[2]}` : `${sign}${m[2]}.${fraction}`;
}
