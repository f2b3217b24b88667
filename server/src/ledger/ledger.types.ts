import type { Decimal } from "decimal.js";
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { DateScalar, MoneyScalar } from "../common/scalars.ts";
import { IsYear, Reference, Text } from "../common/validation.ts";

@ObjectType({ simpleResolvers: true, description: "What a batch entry stored: how many entries were inserted and which were already there." })
export class RecordResult {
  @Field(() => Int, { description: "Entries stored by this call." })
  inserted!: number;

  @Field(() => [String], { description: "References already stored (by an earlier or a concurrent call): not stored again." })
  duplicates!: string[];
}

export enum RecordKind {
  REVENUE = "REVENUE",
  COST = "COST",
  CALLBACK = "CALLBACK",
  COMPLAINT = "COMPLAINT",
  DISPATCH = "DISPATCH",
}
registerEnumType(RecordKind, {
  name: "RecordKind",
  description: "The five ledgers.",
  valuesConfig: {
    REVENUE: { description: "上解 — revenue remittances." },
    COST: { description: "费用 — costs." },
    CALLBACK: { description: "回访 — service callbacks." },
    COMPLAINT: { description: "投诉 — complaints." },
    DISPATCH: { description: "调度 — dispatch orders." },
  },
});

export enum RecordOrder {
  DATE_ASC = "DATE_ASC",
  DATE_DESC = "DATE_DESC",
  AMOUNT_ASC = "AMOUNT_ASC",
  AMOUNT_DESC = "AMOUNT_DESC",
}
registerEnumType(RecordOrder, {
  name: "RecordOrder",
  description: "How a ledger list is sorted (ties by entry order).",
  valuesConfig: {
    DATE_ASC: { description: "Oldest first (the default)." },
    DATE_DESC: { description: "Newest first." },
    AMOUNT_ASC: { description: "Smallest amount first (revenue and costs only)." },
    AMOUNT_DESC: { description: "Largest amount first (revenue and costs only)." },
  },
});

/** Fields every ledger record has; its `unit` is a field resolver (the unit with its name in the record's year). */
@ObjectType({ simpleResolvers: true })
export abstract class LedgerRecord {
  unitId!: number;

  @Field(() => ID, { description: "Stable identifier." })
  id!: string;

  @Field(() => DateScalar, { description: "The day the record is dated (it counts for that calendar year)." })
  date!: string;

  @Field(() => String, { description: "Receipt, ticket or order number; unique within the record kind." })
  reference!: string;

  @Field(() => String, { description: "When the record was entered (ISO 8601 instant)." })
  recordedAt!: string;
}

/** The fields of a money record (revenue, costs) about corrections (冲红). */
@ObjectType({ simpleResolvers: true })
export abstract class MoneyRecord extends LedgerRecord {
  @Field(() => MoneyScalar, { description: "Amount, yuan (negative only for a correction)." })
  amount!: string;

  @Field(() => Boolean, { description: "冲红 — a correction reversing (part of) an earlier record; its amount is negative." })
  correction!: boolean;

  @Field(() => String, { nullable: true, description: "The reference of the record this correction corrects (null for an unlinked one)." })
  corrects!: string | null;

  @Field(() => [String], { description: "The references of the corrections that correct this record (冲红 by …)." })
  correctedBy!: string[];

  @Field(() => MoneyScalar, { description: "The amount with its corrections applied, yuan." })
  netAmount!: string;
}

/** The fields of a counted record (callbacks, complaints, dispatches) about voiding. */
@ObjectType({ simpleResolvers: true })
export abstract class VoidableRecord extends LedgerRecord {
  @Field(() => Boolean, { description: "作废 — recorded by mistake: kept and shown, but excluded from every figure." })
  voided!: boolean;

  @Field(() => String, { nullable: true, description: "Why the record was voided." })
  voidReason!: string | null;

  @Field(() => String, { nullable: true, description: "When it was voided (ISO 8601 instant)." })
  voidedAt!: string | null;

  @Field(() => String, { nullable: true, description: "Who voided it." })
  voidedBy!: string | null;
}

/** Fields every batch entry has. */
@InputType()
export abstract class LedgerEntryInput {
  @Field(() => String, { description: "The unit's code." })
  unitCode!: string;

  @Field(() => DateScalar, { description: "The day the record is dated, YYYY-MM-DD." })
  date!: string;

  @Field(() => String, { description: "Receipt, ticket or order number (1–100 characters), unique within the kind." })
  @Reference()
  reference!: string;
}

/** Fields of a money entry (revenue, costs): its amount and what it corrects. */
export interface MoneyEntry extends LedgerEntryInput {
  amount: Decimal;
  correction: boolean;
  corrects?: string | null;
}

@InputType({ description: "Which records to list; every field narrows the set." })
export class RecordFilter {
  @Field(() => Int, { nullable: true, description: "Records dated in this calendar year." })
  @IsYear()
  year?: number | null;

  @Field(() => String, { nullable: true, description: "Only this unit's records (its code)." })
  unitCode?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Records dated on or after this day." })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Records dated on or before this day." })
  to?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Revenue and cost category, callback or dispatch outcome (its code); complaints: REPEAT or FIRST.",
  })
  category?: string | null;

  @Field(() => String, { nullable: true, description: "Only references containing this text (case-insensitive)." })
  @Text(100)
  referenceContains?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Revenue and costs: only corrections (冲红). Callbacks, complaints, dispatches: only voided records.",
  })
  correctionsOnly?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Revenue and costs: net figures — linked corrections are folded into the record they correct (its netAmount) and not listed.",
  })
  net?: boolean | null;
}
