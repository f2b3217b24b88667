import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { DateScalar } from "../common/scalars.ts";
import { IsYear, Reference, WholeNumber } from "../common/validation.ts";

@ObjectType({ description: "What a batch entry stored: how many entries were inserted and which were already there." })
export class RecordResult {
  @Field(() => Int, { description: "Entries stored by this call." })
  inserted!: number;

  @Field(() => [String], { description: "References already stored (by an earlier or a concurrent call): not stored again." })
  duplicates!: string[];
}

/** Fields every ledger record has; its `unit` is a field resolver (the unit with its name in the record's year). */
@ObjectType()
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

@InputType({ description: "Which records to list." })
export class RecordFilter {
  @Field(() => Int, { description: "Records dated in this calendar year." })
  @IsYear()
  year!: number;

  @Field(() => String, { nullable: true, description: "Only this unit's records." })
  unitCode?: string | null;

  @Field(() => Int, { nullable: true, description: "Only records dated in this month (1–12)." })
  @WholeNumber(1, 12)
  month?: number | null;
}
