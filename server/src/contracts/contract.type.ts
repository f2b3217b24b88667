import { Field, Float, Int, ObjectType } from "type-graphql";
import { MoneyScalar } from "../common/scalars.ts";

@ObjectType({ simpleResolvers: true, description: "目标责任书 — a unit's annual target-responsibility contract (one per unit and year)." })
export class Contract {
  /** Not exposed: the `unit` field resolver loads the unit (with its name in the contract's year). */
  unitId!: number;

  /**
   * Not exposed: the unit's code and its name in the contract's year, when the listing read them
   * with the contract; `unit { code name }` then needs no look-up (unitOfYearKnowing).
   */
  unitCode?: string;
  unitName?: string;

  @Field(() => Int, { description: "The contract year." })
  year!: number;

  @Field(() => MoneyScalar, { description: "创收任务 — revenue to collect in the year (viewing + inspection fees + old arrears), yuan." })
  revenueTarget!: string;

  @Field(() => Int, { description: "人员 — people assigned." })
  staffCount!: number;

  @Field(() => Int, { description: "车辆 — vehicles assigned." })
  vehicleCount!: number;

  @Field(() => MoneyScalar, { description: "基本费用 — allowance for all running costs, yuan." })
  baseExpense!: string;

  @Field(() => MoneyScalar, { description: "维修材料费 — repair-material budget from repairBudgetFromMonth to year end, yuan." })
  repairBudget!: string;

  @Field(() => Int, { description: "First month (1–12) the repair budget covers." })
  repairBudgetFromMonth!: number;

  @Field(() => Float, { description: "收入提成 — % of actual revenue paid as performance pay." })
  revenueCommissionRate!: number;

  @Field(() => Float, { description: "超收提成 — % of revenue above target paid as bonus." })
  overTargetRate!: number;

  @Field(() => Float, { description: "欠收例扣 — % of the shortfall below target deducted." })
  underTargetDeductionRate!: number;

  @Field(() => Float, { description: "节余奖励 — % of repair-material savings rewarded (overspend is borne in full)." })
  repairSavingsRewardRate!: number;
}

@ObjectType({ simpleResolvers: true, description: "合计 — the contracts of one year added up across units." })
export class ContractTotals {
  @Field(() => Int, { description: "The contract year." })
  year!: number;

  @Field(() => Int, { description: "How many units have a contract that year." })
  unitCount!: number;

  @Field(() => MoneyScalar, { description: "Sum of revenue targets, yuan." })
  revenueTarget!: string;

  @Field(() => Int, { description: "Sum of staff." })
  staffCount!: number;

  @Field(() => Int, { description: "Sum of vehicles." })
  vehicleCount!: number;

  @Field(() => MoneyScalar, { description: "Sum of base expense allowances, yuan." })
  baseExpense!: string;

  @Field(() => MoneyScalar, { description: "Sum of repair-material budgets, yuan." })
  repairBudget!: string;
}
