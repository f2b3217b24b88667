import type { Decimal } from "decimal.js";
import { Field, InputType, ObjectType } from "type-graphql";
import { CostCategory } from "../../common/enums.ts";
import { formatMoney } from "../../common/money.ts";
import { MoneyScalar } from "../../common/scalars.ts";
import { PositiveMoney } from "../../common/validation.ts";
import type { LedgerKind } from "../ledger-kind.ts";
import { createLedgerResolver } from "../ledger.resolver-factory.ts";
import { LedgerEntryInput, LedgerRecord } from "../ledger.types.ts";

@ObjectType({ description: "A cost a unit incurred (repair material or running cost)." })
export class CostRecord extends LedgerRecord {
  @Field(() => CostCategory, { description: "What was paid for." })
  category!: CostCategory;

  @Field(() => MoneyScalar, { description: "Amount, yuan." })
  amount!: string;

  @Field(() => Boolean, { description: "保修期内以旧换新 — a warranty exchange: recorded, never counted as cost." })
  warrantyExchange!: boolean;
}

@InputType({ description: "A cost to record." })
export class CostInput extends LedgerEntryInput {
  @Field(() => CostCategory, { description: "What was paid for." })
  category!: CostCategory;

  @Field(() => MoneyScalar, { description: "Amount, yuan, above 0." })
  @PositiveMoney()
  amount!: Decimal;

  @Field(() => Boolean, {
    defaultValue: false,
    description: "A warranty exchange of repair material (only with REPAIR_MATERIAL); never counted as cost.",
  })
  warrantyExchange!: boolean;
}

export const costLedger: LedgerKind<CostInput, CostRecord> = {
  table: "cost_records",
  columns: ["category", "amount", "warranty_exchange"],
  toRow: (entry) => ({
    category: entry.category,
    amount: formatMoney(entry.amount),
    warranty_exchange: entry.warrantyExchange ?? false,
  }),
  check: (entry, check) => {
    if (entry.warrantyExchange && entry.category !== CostCategory.REPAIR_MATERIAL) {
      check.fail("warrantyExchange", "WARRANTY_ONLY_REPAIR", { category: entry.category });
    }
  },
  fromRow: (base, row) => ({
    ...base,
    category: row.category as CostCategory,
    amount: String(row.amount),
    warrantyExchange: Boolean(row.warranty_exchange),
  }),
};

export const CostResolver = createLedgerResolver({
  kind: costLedger,
  recordType: CostRecord,
  entryType: CostInput,
  listName: "costRecords",
  recordName: "recordCosts",
  what: "costs",
});
