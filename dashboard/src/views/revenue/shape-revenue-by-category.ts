import { Decimal } from "decimal.js";
import { wan } from "./wan.ts";
import { MONTHS } from "./shape-cumulative-revenue.ts";

/** The three remittance categories of a monthlyTotals row, yuan. */
export interface MonthCategoryRevenue {
  month: number;
  viewingFee: string;
  inspectionFee: string;
  arrears: string;
}

export const REVENUE_CATEGORIES = ["viewingFee", "inspectionFee", "arrears"] as const;
export type RevenueCategoryKey = (typeof REVENUE_CATEGORIES)[number];

/** One stacked bar: a month's remittances by category and their total, in 万元. */
export type MonthCategoryPoint = { month: number; total: number } & Record<RevenueCategoryKey, number>;

/**
 * Twelve stacked bars (January–December) of 收视费 / 稽查费 / 老欠费. Rows of several units are
 * added up, so the same function serves one unit and the whole department; a month without
 * remittances is a zero bar rather than a gap, so the seasonal dip stays visible. A negative
 * category (a correction larger than the month's takings) is kept as is: hiding it would
 * misstate the total. Months after `throughMonth` (the as-of month) stay empty: seen "as of
 * June", July has not happened yet.
 */
export function revenueByCategorySeries(rows: readonly MonthCategoryRevenue[], throughMonth = 12): MonthCategoryPoint[] {
  const sums = MONTHS.map(() => ({ viewingFee: new Decimal(0), inspectionFee: new Decimal(0), arrears: new Decimal(0) }));
  for (const row of rows) {
    if (row.month < 1 || row.month > Math.min(12, throughMonth)) continue;
    const month = sums[row.month - 1];
    for (const key of REVENUE_CATEGORIES) month[key] = month[key].plus(row[key]);
  }
  return sums.map((month, i) => ({
    month: i + 1,
    viewingFee: wan(month.viewingFee),
    inspectionFee: wan(month.inspectionFee),
    arrears: wan(month.arrears),
    total: wan(month.viewingFee.plus(month.inspectionFee).plus(month.arrears)),
  }));
}

/** Each category's share of the months up to throughMonth in percent (0 when nothing was remitted), for the legend. */
export function categoryShares(rows: readonly MonthCategoryRevenue[], throughMonth = 12): Record<RevenueCategoryKey, number> {
  const totals = { viewingFee: new Decimal(0), inspectionFee: new Decimal(0), arrears: new Decimal(0) };
  for (const row of rows) {
    if (row.month > throughMonth) continue;
    for (const key of REVENUE_CATEGORIES) totals[key] = totals[key].plus(row[key]);
  }
  const all = totals.viewingFee.plus(totals.inspectionFee).plus(totals.arrears);
  const share = (value: Decimal) => (all.isZero() ? 0 : value.div(all).times(100).toDecimalPlaces(1, Decimal.ROUND_HALF_UP).toNumber());
  return { viewingFee: share(totals.viewingFee), inspectionFee: share(totals.inspectionFee), arrears: share(totals.arrears) };
}
