import type { Decimal } from "decimal.js";
import { Field, InputType, ObjectType } from "type-graphql";
import { RevenueCategory } from "../../common/enums.ts";
import { formatMoney } from "../../common/money.ts";
import { MoneyScalar } from "../../common/scalars.ts";
import type { LedgerKind } from "../ledger-kind.ts";
import { createLedgerResolver } from "../ledger.resolver-factory.ts";
import { LedgerEntryInput, LedgerRecord } from "../ledger.types.ts";

@ObjectType({ description: "上解 — a revenue remittance a unit paid to company finance." })
export class RevenueRecord extends LedgerRecord {
  @Field(() => RevenueCategory, { description: "What the money was collected for." })
  category!: RevenueCategory;

  @Field(() => MoneyScalar, { description: "Amount remitted, yuan (negative only for a correction)." })
  amount!: string;

  @Field(() => Boolean, { description: "冲红 — a correction reversing (part of) an earlier remittance; its amount is negative." })
  correction!: boolean;
}

@InputType({ description: "A revenue remittance to record." })
export class RevenueInput extends LedgerEntryInput {
  @Field(() => RevenueCategory, { description: "What the money was collected for." })
  category!: RevenueCategory;

  @Field(() => MoneyScalar, { description: "Amount remitted, yuan: above 0, or below 0 for a correction (never 0)." })
  amount!: Decimal;

  @Field(() => Boolean, {
    defaultValue: false,
    description: "冲红 — this entry reverses (part of) an earlier remittance; only a correction may be negative, and it must be.",
  })
  correction!: boolean;
}

export const revenueLedger: LedgerKind<RevenueInput, RevenueRecord> = {
  table: "revenue_records",
  columns: ["category", "amount", "is_correction"],
  toRow: (entry) => ({ category: entry.category, amount: formatMoney(entry.amount), is_correction: entry.correction ?? false }),
  check: (entry, check) => {
    const got = entry.amount.toFixed(2);
    if (!entry.correction && entry.amount.isNegative()) check.fail("amount", "NEGATIVE_NEEDS_CORRECTION", { got });
    else if (entry.correction && !entry.amount.isNegative()) check.fail("amount", "CORRECTION_MUST_BE_NEGATIVE", { got });
    else if (entry.amount.isZero()) check.fail("amount", "NOT_POSITIVE", { got });
  },
  fromRow: (base, row) => ({
    ...base,
    category: row.category as RevenueCategory,
    amount: String(row.amount),
    correction: Boolean(row.is_correction),
  }),
};

export const RevenueResolver = createLedgerResolver({
  kind: revenueLedger,
  recordType: RevenueRecord,
  entryType: RevenueInput,
  listName: "revenueRecords",
  recordName: "recordRevenue",
  what: "revenue remittances (上解)",
});
