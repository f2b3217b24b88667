import { Decimal } from "decimal.js";

/** Money as the API sends it (a decimal string in yuan) or as the shaping code sums it. */
export type Yuan = string | Decimal;

const TEN_THOUSAND = new Decimal(10_000);

/** Sums yuan exactly; the API never sends floats for money, so neither do we add them as floats. */
export function sumYuan(values: Iterable<Yuan>): Decimal {
  let total = new Decimal(0);
  for (const value of values) total = total.plus(value);
  return total;
}

/**
 * The one place money leaves exact arithmetic: a chart needs a plain number, in 万元 with
 * six decimals, i.e. still exact to the fen, so a tooltip can show the amount the ledger holds.
 */
export function toWanValue(yuan: Yuan): number {
  return new Decimal(yuan).div(TEN_THOUSAND).toDecimalPlaces(6, Decimal.ROUND_HALF_UP).toNumber();
}
