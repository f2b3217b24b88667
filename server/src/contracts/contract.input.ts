import type { Decimal } from "decimal.js";
import { Field, Float, InputType, Int } from "type-graphql";
import { MoneyScalar } from "../common/scalars.ts";
import { IsYear, NonNegativeMoney, PositiveMoney, Rate, WholeNumber } from "../common/validation.ts";

@InputType({ description: "A unit's contract for a year; replaces the stored one for the same unit and year." })
export class ContractInput {
  @Field(() => String, { description: "The unit's code." })
  unitCode!: string;

  @Field(() => Int, { description: "The contract year (2000–2100)." })
  @IsYear()
  year!: number;

  @Field(() => MoneyScalar, { description: "创收任务, yuan; must be greater than 0." })
  @PositiveMoney()
  revenueTarget!: Decimal;

  @Field(() => Int, { description: "人员 (0–10000)." })
  @WholeNumber(0, 10000)
  staffCount!: number;

  @Field(() => Int, { description: "车辆 (0–10000)." })
  @WholeNumber(0, 10000)
  vehicleCount!: number;

  @Field(() => MoneyScalar, { description: "基本费用, yuan, 0 or more." })
  @NonNegativeMoney()
  baseExpense!: Decimal;

  @Field(() => MoneyScalar, { description: "维修材料费, yuan, 0 or more." })
  @NonNegativeMoney()
  repairBudget!: Decimal;

  @Field(() => Int, { description: "First month (1–12) the repair budget covers." })
  @WholeNumber(1, 12)
  repairBudgetFromMonth!: number;

  @Field(() => Float, { description: "收入提成 %, 0–100, at most 2 decimals." })
  @Rate()
  revenueCommissionRate!: number;

  @Field(() => Float, { description: "超收提成 %, 0–100, at most 2 decimals." })
  @Rate()
  overTargetRate!: number;

  @Field(() => Float, { description: "欠收例扣 %, 0–100, at most 2 decimals." })
  @Rate()
  underTargetDeductionRate!: number;

  @Field(() => Float, { description: "节余奖励 %, 0–100, at most 2 decimals." })
  @Rate()
  repairSavingsRewardRate!: number;
}
