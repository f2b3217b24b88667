import { Field, InputType, Int } from "type-graphql";
import { WholeNumber, rule } from "../common/validation.ts";
import { isYear } from "../years/year.ts";

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** "2025-03": a month of a year 2000–2100. */
const IsMonth = () => rule("MONTH_FORMAT", (v) => typeof v === "string" && MONTH.test(v) && isYear(Number(v.slice(0, 4))));

@InputType({ description: "户数 — a unit's paying households at the start of a month, per class; replaces the month's stored entry." })
export class HouseholdsInput {
  @Field(() => String, { description: "The unit's code." })
  unitCode!: string;

  @Field(() => String, { description: 'The month, "YYYY-MM" (e.g. "2025-03").' })
  @IsMonth()
  month!: string;

  @Field(() => Int, { defaultValue: 0, description: "普通用户 — residential households (0–10,000,000)." })
  @WholeNumber(0, 10_000_000)
  residential!: number;

  @Field(() => Int, { defaultValue: 0, description: "网改用户 — network-upgraded households (0–10,000,000)." })
  @WholeNumber(0, 10_000_000)
  upgraded!: number;

  @Field(() => Int, { defaultValue: 0, description: "集体户 — registered collective accounts (0–10,000,000)." })
  @WholeNumber(0, 10_000_000)
  collective!: number;
}
