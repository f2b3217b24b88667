import type { FieldChecker } from "../common/field-checker.ts";
import { formatMoney } from "../common/money.ts";
import type { LedgerRecord, MoneyEntry, MoneyRecord } from "./ledger.types.ts";

/**
 * What revenue and costs share: an amount that is positive, or negative exactly when the entry is
 * a correction (冲红, linked by `corrects` or unlinked), and the stored correction columns.
 */
export const moneyColumns = { amount: "numeric", is_correction: "boolean" } as const;

export function moneyRow(entry: MoneyEntry) {
  return { amount: formatMoney(entry.amount), is_correction: Boolean(entry.correction || entry.corrects) };
}

export function checkMoney(entry: MoneyEntry, check: FieldChecker): void {
  if (!entry.amount) return;
  const got = () => ({ got: entry.amount.toFixed(2) });
  const correction = Boolean(entry.correction || entry.corrects);
  if (!correction && entry.amount.isNegative()) check.fail("amount", "NEGATIVE_NEEDS_CORRECTION", got());
  else if (correction && !entry.amount.isNegative()) check.fail("amount", "CORRECTION_MUST_BE_NEGATIVE", got());
  else if (entry.amount.isZero()) check.fail("amount", "NOT_POSITIVE", got());
}

export function moneyFromRow(base: LedgerRecord, row: { [column: string]: unknown }): Omit<MoneyRecord, keyof LedgerRecord> & LedgerRecord {
  return {
    ...base,
    amount: String(row.amount),
    correction: Boolean(row.is_correction),
    corrects: (row.corrects as string | null | undefined) ?? null,
    correctedBy: (row.corrected_by as string[] | undefined) ?? [],
    netAmount: String(row.net_amount ?? row.amount),
  };
}

export function voidFromRow(row: { [column: string]: unknown }) {
  return {
    voided: row.voided_at !== null && row.voided_at !== undefined,
    voidReason: (row.void_reason as string | null | undefined) ?? null,
    voidedAt: row.voided_at ? (row.voided_at as Date).toISOString() : null,
    voidedBy: (row.voided_by as string | null | undefined) ?? null,
  };
}
