import { Field, Float, Int, ObjectType } from "type-graphql";
import { MoneyScalar } from "../common/scalars.ts";

@ObjectType({ simpleResolvers: true, description: "收费标准 — the year's monthly fee per household class (ASSESSMENT.md §9)." })
export class Tariff {
  @Field(() => Int, { description: "The year." })
  year!: number;

  @Field(() => Boolean, { description: "False until a tariff is set for the year (the fees then read 0.00 and every receivable is 0)." })
  isSet!: boolean;

  @Field(() => MoneyScalar, { description: "普通用户 — yuan per residential household per month." })
  residential!: string;

  @Field(() => MoneyScalar, { description: "网改用户 — yuan per network-upgraded household per month." })
  upgraded!: string;

  @Field(() => MoneyScalar, { description: "集体户 — yuan per collective account per month." })
  collective!: string;
}

@ObjectType({
  simpleResolvers: true,
  description: "收缴率 — receivable, collected and arrears of a unit or the department over a month, quarter or year (§9).",
})
export class CollectionFigures {
  unitId!: number | null;

  @Field(() => Int, { description: "The year." })
  year!: number;

  @Field(() => Int, { nullable: true, description: "The month (1–12) the figures cover, when one was asked for." })
  month!: number | null;

  @Field(() => Int, { nullable: true, description: "The quarter (1–4) the figures cover, when one was asked for." })
  quarter!: number | null;

  @Field(() => Int, { description: "Units whose register entries the figures sum (for a station head in an open year: their own only)." })
  unitCount!: number;

  @Field(() => Int, { description: "Months of the period that have a register entry (0: the collection rate is not applicable)." })
  monthsWithRegister!: number;

  @Field(() => MoneyScalar, { description: "应收 — Σ households × monthly fee over the months that have a register entry." })
  receivable!: string;

  @Field(() => MoneyScalar, { description: "实收 — VIEWING_FEE remittances over the same months as the receivable." })
  collected!: string;

  @Field(() => Float, {
    nullable: true,
    description:
      "收缴率 % = collected / receivable × 100, half-up to 2 decimals; null when not applicable (no register entry or receivable 0). May exceed 100 (fees paid in advance).",
  })
  collectionRate!: number | null;

  @Field(() => MoneyScalar, {
    description:
      "老欠费 — the year's opening arrears: per unit its entered figure (setOpeningArrears), else Σ amounts owed of its arrears register on 1 January.",
  })
  openingArrears!: string;

  @Field(() => MoneyScalar, { description: "ARREARS remittances of the period (arrears recovered)." })
  arrearsRecovered!: string;

  @Field(() => Float, {
    nullable: true,
    description: "arrearsRecovered / openingArrears × 100, half-up to 2 decimals; null without opening arrears.",
  })
  arrearsRecoveryRate!: number | null;
}

@ObjectType({ simpleResolvers: true, description: "One month of a collection series." })
export class CollectionMonth {
  @Field(() => Int, { description: "The month, 1–12." })
  month!: number;

  @Field(() => Boolean, { description: "Whether the month has a register entry (without one, the rate is not applicable)." })
  hasRegister!: boolean;

  @Field(() => MoneyScalar, { description: "应收 of the month." })
  receivable!: string;

  @Field(() => MoneyScalar, { description: "实收 of the month (0.00 without a register entry)." })
  collected!: string;

  @Field(() => Float, { nullable: true, description: "收缴率 % of the month; null when not applicable." })
  collectionRate!: number | null;
}

@ObjectType({ simpleResolvers: true, description: "A unit's (or the department's) collection month by month: one line of the rate-by-month chart." })
export class CollectionSeries {
  unitId!: number | null;
  year!: number;

  @Field(() => [CollectionMonth], { description: "Months 1–12." })
  months!: CollectionMonth[];
}
