import { Decimal } from "decimal.js";
import type { ReasonCode, ReasonParams } from "../i18n/field-reasons.ts";

/**
 * The server's one decimal context: money, rates and scores are computed with it, never with
 * JavaScript numbers. 40 significant digits keep every value that terminates exact; values that
 * never do (1/3) are cut far below the 2 decimals ever shown. Half-up, as the rules round.
 */
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Dec = Decimal;

/** Up to 12 integer digits (numeric(14,2)) and at most 2 decimals; no exponent, no spaces. */
const MONEY_PATTERN = /^-?(0|[1-9]\d{0,11})(\.\d{1,2})?$/;

/** Whether a text is money as the API writes it ("1234.50", "-3"): what parseMoney takes as it is. */
export const isMoneyText = (text: string): boolean => MONEY_PATTERN.test(text);

/** Why a value is not money, as a field reason. */
export class MoneyFormatError extends Error {
  constructor(
    readonly reason: ReasonCode,
    readonly params: ReasonParams,
  ) {
    super(`${reason} ${JSON.stringify(params)}`);
  }
}

/** Parses a decimal string into money, or says why it is not one. */
export function parseMoney(text: unknown): Decimal {
  if (typeof text !== "string") throw new MoneyFormatError("NOT_MONEY", { got: typeof text === "number" ? `${text} (a number)` : String(text) });
  if (!MONEY_PATTERN.test(text)) {
    const got = text.length > 40 ? `${text.slice(0, 40)}…` : text;
    if (/^-?\d+\.\d{3,}$/.test(text)) throw new MoneyFormatError("TOO_MANY_DECIMALS", { max: 2, got });
    if (/^-?\d{13,}(\.\d+)?$/.test(text)) throw new MoneyFormatError("NUMBER_RANGE", { min: "-999999999999.99", max: "999999999999.99", got });
    throw new MoneyFormatError("NOT_MONEY", { got });
  }
  return new Dec(text);
}

/** Half-up to the fen. */
export function roundFen(value: Decimal.Value): Decimal {
  return new Dec(value).toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** Money text already canonical: exactly two decimals, no leading zeros (what numeric(…,2)::text gives). */
const CANONICAL_MONEY = /^-?(0|[1-9]\d*)\.\d\d$/;

/** The canonical text of an amount: two decimals, half-up to the fen, never "-0.00". */
export function formatMoney(value: Decimal.Value): string {
  // Already canonical text (every sum PostgreSQL hands over as text): nothing to parse or round.
  if (typeof value === "string" && CANONICAL_MONEY.test(value) && value !== "-0.00") return value;
  // Already exact to the fen (every stored or entered amount): no rounding to do.
  if (Decimal.isDecimal(value) && !value.isZero() && value.decimalPlaces() <= 2) return value.toFixed(2);
  const rounded = roundFen(value);
  return (rounded.isZero() ? rounded.abs() : rounded).toFixed(2);
}
