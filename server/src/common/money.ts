import { Decimal } from "decimal.js";

/**
 * Money is exact decimal yuan. Values cross the system as strings with two decimals and are
 * computed with decimal.js; no JavaScript number ever holds an amount.
 */
export const MoneyDecimal = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });

/** Up to 12 integer digits (numeric(14,2)) and at most 2 decimals; no exponent, no spaces. */
const MONEY_PATTERN = /^-?(0|[1-9]\d{0,11})(\.\d{1,2})?$/;

export class MoneyFormatError extends Error {}

/** Parses a decimal string into money, or explains what is wrong with it. */
export function parseMoney(text: unknown): Decimal {
  if (typeof text !== "string") {
    throw new MoneyFormatError('must be a decimal string such as "1234.50", not a number');
  }
  if (!MONEY_PATTERN.test(text)) {
    if (/^-?\d+\.\d{3,}$/.test(text)) throw new MoneyFormatError(`"${truncate(text)}" has more than 2 decimals`);
    if (/^-?\d{13,}(\.\d+)?$/.test(text)) throw new MoneyFormatError(`"${truncate(text)}" exceeds 999999999999.99`);
    throw new MoneyFormatError(`"${truncate(text)}" is not a decimal amount such as "1234.50"`);
  }
  return new MoneyDecimal(text);
}

/** The canonical text of an amount: two decimals, half-up to the fen. */
export function formatMoney(value: Decimal.Value): string {
  return new MoneyDecimal(value).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
}

function truncate(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
