import type { Decimal } from "decimal.js";
import { Field, InputType, ObjectType } from "type-graphql";
import { CostCategory } from "../../common/enums.ts";
import { MoneyScalar } from "../../common/scalars.ts";
import { Reference } from "../../common/validation.ts";
import type { LedgerKind } from "../ledger-kind.ts";
import { createLedgerResolver } from "../ledger.resolver-factory.ts";
import { LedgerEntryInput, MoneyRecord, RecordKind } from "../ledger.types.ts";
import { checkMoney, moneyColumns, moneyFromRow, moneyRow } from "../money-ledger.ts";

@ObjectType({ simpleResolvers: true, description: "A cost a unit incurred (repair material or running cost)." })
export class CostRecord extends MoneyRecord {
  @Field(() => CostCategory, { description: "What was paid for." })
  category!: CostCategory;

  @Field(() => Boolean, { description: "保修期内以旧换新 — a warranty exchange: recorded, never counted as cost." })
  warrantyExchange!: boolean;
}

@InputType({ description: "A cost to record." })
export class CostInput extends LedgerEntryInput {
  @Field(() => CostCategory, { description: "What was paid for." })
  category!: CostCategory;

  @Field(() => MoneyScalar, { description: "Amount, yuan: above 0, or below 0 for a correction (冲红) of an earlier cost." })
  amount!: Decimal;

  @Field(() => Boolean, {
    defaultValue: false,
    description: "A warranty exchange of repair material (only with REPAIR_MATERIAL); never counted as cost.",
  })
  warrantyExchange!: boolean;

  @Field(() => Boolean, { defaultValue: false, description: "冲红 — this entry reverses (part of) an earlier cost; its amount is negative." })
  correction!: boolean;

  @Field(() => String, {
    nullable: true,
    description: "The reference of the cost this correction (冲红) corrects: same unit, negative, never more than the cost. Implies correction.",
  })
  @Reference()
  corrects?: string | null;
}

export const costLedger: LedgerKind<CostInput, CostRecord> = {
  kind: RecordKind.COST,
  table: "cost_records",
  columns: { category: "text", warranty_exchange: "boolean", ...moneyColumns },
  toRow: (entry) => ({ category: entry.category, warranty_exchange: entry.warrantyExchange ?? false, ...moneyRow(entry) }),
  check: (entry, check) => {
    checkMoney(entry, check);
    if (entry.warrantyExchange && entry.category !== CostCategory.REPAIR_MATERIAL) {
      check.fail("warrantyExchange", "WARRANTY_ONLY_REPAIR", { category: entry.category });
    }
  },
  fromRow: (base, row) => ({
    ...moneyFromRow(base, row),
    category: row.category as CostCategory,
    warrantyExchange: Boolean(row.warranty_exchange),
  }),
  category: { column: "category", values: Object.values(CostCategory) },
  money: true,
};

export const CostResolver = createLedgerResolver({
  kind: costLedger,
  recordType: CostRecord,
  entryType: CostInput,
  listName: "costRecords",
  recordName: "recordCosts",
  what: "costs",
});
