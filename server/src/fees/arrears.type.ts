import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { DateScalar, MoneyScalar } from "../common/scalars.ts";
import { AgingBucket, ArrearsStatus, DunningMethod } from "./arrears.enums.ts";

@ObjectType({ simpleResolvers: true, description: "催缴记录 — one dunning action." })
export class DunningAction {
  householdId!: string;
  year!: number;

  @Field(() => ID, { description: "Stable identifier." })
  id!: string;

  @Field(() => DateScalar, { description: "The day of the action." })
  date!: string;

  @Field(() => DunningMethod, { description: "How the household was reminded." })
  method!: DunningMethod;

  @Field(() => String, { description: "What came of it." })
  outcome!: string;

  @Field(() => MoneyScalar, { description: "Amount paid as a result (0.00: none)." })
  amountPaid!: string;
}

@ObjectType({
  simpleResolvers: true,
  description:
    "欠费户 — a household in arrears. Name, contact and address are personal data: in full only for the unit's own head, the clerk and administrators; masked (张**, 138****5678) for everyone else.",
})
export class ArrearsHousehold {
  unitId!: number;

  @Field(() => ID, { description: "Stable identifier." })
  id!: string;

  @Field(() => Int, { description: "The register's year." })
  year!: number;

  @Field(() => String, { description: "户号 — the household reference." })
  reference!: string;

  @Field(() => String, { description: "The account holder's name (masked for most roles)." })
  name!: string;

  @Field(() => String, { description: "Telephone (masked for most roles)." })
  contact!: string;

  @Field(() => String, { description: "Address (masked for most roles)." })
  address!: string;

  @Field(() => Boolean, { description: "True when name, contact and address are masked for this viewer." })
  masked!: boolean;

  @Field(() => Float, { description: "Years in arrears." })
  yearsInArrears!: number;

  @Field(() => AgingBucket, { description: "The aging bucket of yearsInArrears." })
  aging!: AgingBucket;

  @Field(() => MoneyScalar, { description: "Amount owed on 1 January." })
  amountOwed!: string;

  @Field(() => MoneyScalar, { description: "Σ amounts paid by its dunning actions." })
  amountPaid!: string;

  @Field(() => MoneyScalar, { description: "amountOwed − amountPaid (not below 0)." })
  outstanding!: string;

  @Field(() => ArrearsStatus, { description: "Where its collection stands." })
  status!: ArrearsStatus;

  @Field(() => String, { nullable: true, description: "Why it was declared UNCOLLECTABLE (or the reason of the last status change)." })
  statusReason!: string | null;

  @Field(() => Int, { description: "Number of dunning actions." })
  dunningCount!: number;
}

@ObjectType({ simpleResolvers: true, description: "账龄 — households in arrears and their amounts, per unit and aging bucket." })
export class ArrearsAging {
  unitId!: number;
  year!: number;

  @Field(() => AgingBucket, { description: "The bucket." })
  bucket!: AgingBucket;

  @Field(() => Int, { description: "Households (any status)." })
  households!: number;

  @Field(() => MoneyScalar, { description: "Σ amounts owed on 1 January." })
  amountOwed!: string;

  @Field(() => MoneyScalar, { description: "Σ still outstanding (amount owed − paid) of OPEN households." })
  outstanding!: string;
}

@ObjectType({ simpleResolvers: true, description: "Dunning of a unit in a month: how many actions and what they brought in." })
export class DunningMonth {
  unitId!: number;
  year!: number;

  @Field(() => Int, { description: "The month, 1–12." })
  month!: number;

  @Field(() => Int, { description: "Dunning actions in the month." })
  actions!: number;

  @Field(() => MoneyScalar, { description: "Σ amounts paid as a result of them." })
  amountPaid!: string;
}
