// The fee-collection rules of ASSESSMENT.md §9 as pure functions: no database, no API, no I/O.
import type { Decimal } from "decimal.js";
import { D, HUNDRED, ONE, ZERO, dec, fixed2 } from "../assessment/scoring/decimal.ts";

/** The household classes of the register (户数). */
export type HouseholdClass = "RESIDENTIAL" | "UPGRADED" | "COLLECTIVE";

/** Yuan per household per month, per class, for one year. */
export type Tariff = Record<HouseholdClass, string>;

/** One month's register entry of a unit: households at the start of the month per class. */
export type HouseholdCounts = Partial<Record<HouseholdClass, number>>;

/** A month of a period: its register entry (absent: no entry) and its VIEWING_FEE remittances. */
export interface CollectionMonth {
  households?: HouseholdCounts;
  collected: string;
}

/** Receivable (应收) of one month: Σ over classes of households × monthly fee. */
export function monthReceivable(households: HouseholdCounts, tariff: Tariff): Decimal {
  let total = ZERO;
  for (const [cls, count] of Object.entries(households) as [HouseholdClass, number | undefined][]) {
    if (count === undefined || count === 0) continue;
    if (!Number.isInteger(count) || count < 0) throw new RangeError(`households of ${cls} must be a whole number ≥ 0, got ${count}`);
    total = total.plus(dec(tariff[cls]).times(count));
  }
  return total;
}

export interface PeriodCollection {
  /** Months of the period that have a register entry. */
  monthsWithRegister: number;
  receivable: string;
  /** Collected over the same months as the receivable. */
  collected: string;
  /** Percent, half-up to 2 decimals; null when not applicable (no register entry or receivable 0). */
  collectionRate: string | null;
}

/** The exact collection rate in percent, or null when not applicable. */
export function collectionPercent(collected: Decimal, receivable: Decimal): Decimal | null {
  if (!receivable.gt(0)) return null;
  return HUNDRED.times(collected).div(receivable);
}

/** Receivable, collected and collection rate (收缴率) of a period of months (§9). May exceed 100 %. */
export function periodCollection(months: readonly CollectionMonth[], tariff: Tariff): PeriodCollection {
  let receivable = ZERO;
  let collected = ZERO;
  let monthsWithRegister = 0;
  for (const m of months) {
    if (!m.households) continue;
    monthsWithRegister += 1;
    receivable = receivable.plus(monthReceivable(m.households, tariff));
    collected = collected.plus(dec(m.collected));
  }
  const percent = monthsWithRegister === 0 ? null : collectionPercent(collected, receivable);
  return {
    monthsWithRegister,
    receivable: fixed2(receivable),
    collected: fixed2(collected),
    collectionRate: percent === null ? null : fixed2(percent),
  };
}

/** arrearsRecoveryRate = recovered / opening × 100 %; null when the opening balance is not positive. */
export function arrearsRecoveryRate(recovered: string, opening: string): string | null {
  const o = dec(opening);
  if (!o.gt(0)) return null;
  return fixed2(HUNDRED.times(dec(recovered)).div(o));
}

/**
 * The REVENUE score with the collection rate blended in (§9):
 * (1 − share) × min(revenueCap, 100 × completion) + share × min(100, collectionRate).
 * A null (not applicable) collection rate makes the share 0 for that unit. Exact; the caller rounds.
 */
export function blendedRevenueScore(
  completionPct: Decimal,
  revenueCap: string | number,
  share: string | number,
  collectionRate: Decimal | string | null,
): { score: Decimal; effectiveShare: Decimal } {
  const s = dec(share);
  if (s.lt(0) || s.gt(1)) throw new RangeError(`revenueCollectionShare must be between 0 and 1, got ${s.toFixed()}`);
  const revenuePart = D.min(dec(revenueCap), completionPct);
  if (collectionRate === null || s.isZero()) return { score: revenuePart, effectiveShare: ZERO };
  const rate = typeof collectionRate === "string" ? dec(collectionRate) : collectionRate;
  const score = ONE.minus(s)
    .times(revenuePart)
    .plus(s.times(D.min(HUNDRED, rate)));
  return { score, effectiveShare: s };
}

/** 张三 → 张*, 张三丰 → 张**: the first character kept, the rest masked. */
export function maskName(name: string): string {
  const chars = Array.from(name.trim());
  if (chars.length === 0) return "";
  return chars[0] + "*".repeat(Math.max(1, chars.length - 1));
}

/** 13812345678 → 138****5678; shorter numbers keep at most their first and last quarter. */
export function maskContact(contact: string): string {
  const digits = contact.trim();
  if (digits.length >= 11) return `${digits.slice(0, 3)}${"*".repeat(digits.length - 7)}${digits.slice(-4)}`;
  const keep = Math.floor(digits.length / 4);
  if (keep === 0) return "*".repeat(digits.length);
  return `${digits.slice(0, keep)}${"*".repeat(digits.length - 2 * keep)}${digits.slice(-keep)}`;
}

/** 城北区建设路12号3单元501 → 城北区建设路****: at most the first six characters (and never more than half) kept. */
export function maskAddress(address: string): string {
  const chars = Array.from(address.trim());
  if (chars.length === 0) return "";
  return `${chars.slice(0, Math.min(6, Math.floor(chars.length / 2))).join("")}****`;
}

/** The aging bucket (账龄) of a household in arrears: < 1 year, 1–3 years (both included), > 3 years. */
export function agingBucket(yearsInArrears: string | number): "UNDER_1" | "FROM_1_TO_3" | "OVER_3" {
  const years = dec(yearsInArrears);
  if (years.lt(1)) return "UNDER_1";
  return years.lte(3) ? "FROM_1_TO_3" : "OVER_3";
}
