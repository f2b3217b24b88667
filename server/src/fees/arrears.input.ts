import type { Decimal } from "decimal.js";
import { Field, Float, InputType, Int } from "type-graphql";
import { DateScalar, MoneyScalar } from "../common/scalars.ts";
import { NonNegativeMoney, NumberBetween, Reference, Text, WholeNumber } from "../common/validation.ts";
import { ArrearsStatus, DunningMethod } from "./arrears.enums.ts";

@InputType({ description: "欠费户 — a household in arrears on 1 January of a year; replaces the stored one with the same 户号." })
export class ArrearsHouseholdInput {
  @Field(() => String, { description: "The unit's code." })
  unitCode!: string;

  @Field(() => Int, { description: "The year whose register holds the household (its amount counts in the year's opening arrears)." })
  @WholeNumber(2000, 2100)
  year!: number;

  @Field(() => String, { description: "户号 — the household reference, unique within the unit and year." })
  @Reference()
  reference!: string;

  @Field(() => String, { description: "The account holder's name (personal data: masked for most roles)." })
  @Text(50)
  name!: string;

  @Field(() => String, { defaultValue: "", description: "Telephone (personal data: masked for most roles)." })
  @Text(30, 0)
  contact!: string;

  @Field(() => String, { defaultValue: "", description: "Address (personal data: masked for most roles)." })
  @Text(200, 0)
  address!: string;

  @Field(() => Float, { description: "Years in arrears, 0–99.9 (one decimal)." })
  @NumberBetween(0, 99.9, 1)
  yearsInArrears!: number;

  @Field(() => MoneyScalar, { description: "Amount owed on 1 January, yuan, 0 or more." })
  @NonNegativeMoney()
  amountOwed!: Decimal;
}

@InputType({ description: "催缴记录 — one dunning action on a household in arrears." })
export class DunningInput {
  @Field(() => String, { description: "The unit's code." })
  unitCode!: string;

  @Field(() => String, { description: "户号 of the household (in the register of the action's year)." })
  @Reference()
  reference!: string;

  @Field(() => DateScalar, { description: "The day of the action." })
  date!: string;

  @Field(() => DunningMethod, { description: "How the household was reminded." })
  method!: DunningMethod;

  @Field(() => String, { defaultValue: "", description: "What came of it (up to 500 characters)." })
  @Text(500, 0)
  outcome!: string;

  @Field(() => MoneyScalar, { nullable: true, description: "Amount the household paid as a result, yuan (0 or more; none: 0)." })
  @NonNegativeMoney()
  amountPaid?: Decimal | null;
}

@InputType({ description: "A change of an arrears household's status." })
export class ArrearsStatusInput {
  @Field(() => String, { description: "The unit's code." })
  unitCode!: string;

  @Field(() => Int, { description: "The register's year." })
  @WholeNumber(2000, 2100)
  year!: number;

  @Field(() => String, { description: "户号 of the household." })
  @Reference()
  reference!: string;

  @Field(() => ArrearsStatus, { description: "The new status." })
  status!: ArrearsStatus;

  @Field(() => String, { nullable: true, description: "Why; required for UNCOLLECTABLE (up to 500 characters)." })
  @Text(500, 0)
  reason?: string | null;
}
