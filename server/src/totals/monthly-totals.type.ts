import { Field, Int, ObjectType } from "type-graphql";
import { MoneyScalar } from "../common/scalars.ts";
import { Unit } from "../units/unit.type.ts";

/**
 * A year has up to 12 rows per unit (12,000 for 1,000 units), so every field is a plain property
 * read by GraphQL's default resolver (simpleResolvers: no type-graphql wrapper per field) and the
 * unit is attached by the service in one batched look-up, not by a resolver per row.
 */
@ObjectType({
  simpleResolvers: true,
  description: "One unit's figures for one month of a year, summed by the database (months without records are absent).",
})
export class UnitMonthTotals {
  unitId!: number;
  year!: number;

  /** Absent when the query does not select it. */
  @Field(() => Unit, { description: "The unit, with its name in that year." })
  unit?: Unit;

  @Field(() => Int, { description: "The month, 1–12." })
  month!: number;

  @Field(() => MoneyScalar, { description: "收视费 remitted in the month." })
  viewingFee!: string;

  @Field(() => MoneyScalar, { description: "稽查费 remitted in the month." })
  inspectionFee!: string;

  @Field(() => MoneyScalar, { description: "老欠费 remitted in the month." })
  arrears!: string;

  @Field(() => MoneyScalar, { description: "All remittances of the month." })
  revenue!: string;

  @Field(() => MoneyScalar, { description: "Repair material counted against the budget (window months, no warranty exchanges)." })
  repairCost!: string;

  @Field(() => MoneyScalar, { description: "Every other cost of the month." })
  otherCost!: string;

  @Field(() => Int, { description: "Callbacks answered SATISFIED." })
  callbacksSatisfied!: number;

  @Field(() => Int, { description: "Callbacks answered BASICALLY_SATISFIED." })
  callbacksBasicallySatisfied!: number;

  @Field(() => Int, { description: "Callbacks answered DISSATISFIED." })
  callbacksDissatisfied!: number;

  @Field(() => Int, { description: "Plain complaints." })
  complaints!: number;

  @Field(() => Int, { description: "Repeat complaints." })
  repeatComplaints!: number;

  @Field(() => Int, { description: "Dispatch orders carried out on time." })
  dispatchesOnTime!: number;

  @Field(() => Int, { description: "Dispatch orders carried out late." })
  dispatchesLate!: number;

  @Field(() => Int, { description: "Dispatch orders refused." })
  dispatchesRefused!: number;
}
