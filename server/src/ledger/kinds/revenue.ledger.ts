import type { Decimal } from "decimal.js";
import { Field, InputType, ObjectType } from "type-graphql";
import { RevenueCategory } from "../../common/enums.ts";
import { MoneyScalar } from "../../common/scalars.ts";
import { Reference } from "../../common/validation.ts";
import type { LedgerKind } from "../ledger-kind.ts";
import { createLedgerResolver } from "../ledger.resolver-factory.ts";
import { LedgerEntryInput, MoneyRecord, RecordKind } from "../ledger.types.ts";
import { checkMoney, moneyColumns, moneyFromRow, moneyRow } from "../money-ledger.ts";

@ObjectType({ simpleResolvers: true, description: "上解 — a revenue remittance a unit paid to company finance." })
export class RevenueRecord extends MoneyRecord {
  @Field(() => RevenueCategory, { description: "What the money was collected for." })
  category!: RevenueCategory;
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

  @Field(() => String, {
    nullable: true,
    description:
      "The reference of the remittance this correction (冲红) corrects: same unit, negative, and the corrections of a remittance never exceed it. Implies correction.",
  })
  @Reference()
  corrects?: string | null;
}

export const revenueLedger: LedgerKind<RevenueInput, RevenueRecord> = {
  kind: RecordKind.REVENUE,
  table: "revenue_records",
  columns: { category: "text", ...moneyColumns },
  toRow: (entry) => ({ category: entry.category, ...moneyRow(entry) }),
  check: checkMoney,
  fromRow: (base, row) => ({ ...moneyFromRow(base, row), category: row.category as RevenueCategory }),
  category: { column: "category", values: Object.values(RevenueCategory) },
  money: true,
};

export const RevenueResolver = createLedgerResolver({
  kind: revenueLedger,
  recordType: RevenueRecord,
  entryType: RevenueInput,
  listName: "revenueRecords",
  recordName: "recordRevenue",
  what: "revenue remittances (上解)",
});
