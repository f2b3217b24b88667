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

/**
 * Whether a text already reads as fixed2 prints it: "-?(0|[1-9]\d*)\.\d\d" and not a negative
 * zero. SQL numeric(14,2) text always does, so most texts are answered as they are, by a look at
 * their characters rather than a regular expression's match.
 */
function isFixed2(text: string): boolean {
  const point = text.length - 3;
  const start = text.charCodeAt(0) === 45 ? 1 : 0; // "-"
  if (point <= start || text.charCodeAt(point) !== 46) return false; // "."
  if (text.charCodeAt(start) === 48 && point - start > 1) return false; // a leading zero
  let nonZero = false;
  for (let i = start; i < text.length; i++) {
    if (i === point) continue;
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
    if (c !== 48) nonZero = true;
  }
  return start === 0 || nonZero;
}

/** fixed2(dec(text)): half-up to 2 decimals, never "-0.00". */
export function fixed2Text(text: string): string {
  if (isFixed2(text)) return text;
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
  if (isFixed2(text)) {
    // "80.00" → "80", "88.50" → "88.5", "88.25" as it is.
    const last = text.length - 1;
    if (text.charCodeAt(last) !== 48) return text;
    return text.charCodeAt(last - 1) === 48 ? text.slice(0, last - 2) : text.slice(0, last);
  }
  const m = TRAILING_ZEROS.exec(text);
  if (!m) return plain(dec(text));
  const fraction = m[3] ?? "";
  // A zero prints unsigned, as plain() does.
  const sign = m[2] === "0" && fraction === "" ? "" : m[1];
  return fraction === "" ? `${sign}${m[2]}` : `${sign}${m[2]}.${fraction}`;
}
