import { Field, ID, InputType, Int, ObjectType } from "type-graphql";
import { DateScalar } from "../common/scalars.ts";
import { IsYear, Reference, Text } from "../common/validation.ts";

@ObjectType({ description: "实施细则 — the detailed rules a unit filed for the year, a reference for the year-end assessment." })
export class ImplementationRule {
  unitId!: number;

  @Field(() => ID, { description: "Stable identifier." })
  id!: string;

  @Field(() => Int, { description: "The year the rules are for." })
  year!: number;

  @Field(() => String, { description: "Title." })
  title!: string;

  @Field(() => String, { description: "The rules' text." })
  text!: string;

  @Field(() => DateScalar, { description: "The day they were filed with the department." })
  filedOn!: string;

  @Field(() => String, { description: "Filing number, unique." })
  reference!: string;
}

@InputType({ description: "Rules to file; filing again with the same reference replaces the earlier text." })
export class ImplementationRuleInput {
  @Field(() => String, { description: "The unit's code." })
  unitCode!: string;

  @Field(() => Int, { description: "The year the rules are for." })
  @IsYear()
  year!: number;

  @Field(() => String, { description: "Title (1–200 characters)." })
  @Text(200)
  title!: string;

  @Field(() => String, { description: "The rules' text (1–50000 characters)." })
  @Text(50000)
  text!: string;

  @Field(() => DateScalar, { description: "The day they were filed." })
  filedOn!: string;

  @Field(() => String, { description: "Filing number (1–100 characters), unique." })
  @Reference()
  reference!: string;
}
