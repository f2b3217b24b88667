import { Field, Int, ObjectType } from "type-graphql";
import { MoneyScalar } from "../common/scalars.ts";
import { Unit } from "../units/unit.type.ts";

/**
 * Plain properties read by GraphQL's default resolver (simpleResolvers: no type-graphql wrapper
 * per field of every unit's row); the unit is attached by the service in one batched look-up.
 */
@ObjectType({ simpleResolvers: true, description: "One unit's totals for a year (or year to date), computed by the database from the records." })
export class UnitYearTotals {
  unitId!: number;

  /** Absent when the query does not select it. */
  @Field(() => Unit, { description: "The unit, with its name in that year." })
  unit?: Unit;

  @Field(() => Int, { description: "The year." })
  year!: number;

  @Field(() => MoneyScalar, { description: "收视费 — viewing fees remitted." })
  viewingFee!: string;

  @Field(() => MoneyScalar, { description: "稽查费 — inspection fees remitted." })
  inspectionFee!: string;

  @Field(() => MoneyScalar, { description: "老欠费 — arrears remitted." })
  arrears!: string;

  @Field(() => MoneyScalar, { description: "All remittances: the revenue actual." })
  revenueActual!: string;

  @Field(() => MoneyScalar, { description: "Repair material in the budget window, warranty exchanges excluded." })
  repairCost!: string;

  @Field(() => MoneyScalar, { description: "Repair material dated before the budget window (not counted)." })
  repairCostBeforeWindow!: string;

  @Field(() => MoneyScalar, { description: "Warranty exchanges 以旧换新 (recorded, never counted)." })
  warrantyExchangeAmount!: string;

  @Field(() => MoneyScalar, { description: "Every other cost category." })
  otherCost!: string;

  @Field(() => Int, { description: "Callbacks answered SATISFIED." })
  callbacksSatisfied!: number;

  @Field(() => Int, { description: "Callbacks answered BASICALLY_SATISFIED." })
  callbacksBasicallySatisfied!: number;

  @Field(() => Int, { description: "Callbacks answered DISSATISFIED." })
  callbacksDissatisfied!: number;

  @Field(() => Int, { description: "Plain (first) complaints." })
  complaints!: number;

  @Field(() => Int, { description: "Repeat complaints 二次投诉." })
  repeatComplaints!: number;

  @Field(() => Int, { description: "Dispatch orders carried out on time." })
  dispatchesOnTime!: number;

  @Field(() => Int, { description: "Dispatch orders carried out late." })
  dispatchesLate!: number;

  @Field(() => Int, { description: "Dispatch orders refused." })
  dispatchesRefused!: number;

  @Field(() => Int, { description: "Committee scores entered on SATISFACTION." })
  satisfactionScoreCount!: number;

  @Field(() => Int, { description: "Committee scores entered on COOPERATION." })
  cooperationScoreCount!: number;
}
