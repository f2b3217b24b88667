import { Field, InputType } from "type-graphql";
import { UnitKind } from "../common/enums.ts";

@InputType({ description: "A unit to create or update, matched by its code." })
export class UnitInput {
  @Field(() => String, { description: "Short code: lower-case letters, digits, - or _; starts with a letter; up to 32." })
  code!: string;

  @Field(() => String, { description: "Display name (1–100 characters)." })
  name!: string;

  @Field(() => UnitKind, { description: "What kind of unit it is." })
  kind!: UnitKind;

  @Field(() => String, { nullable: true, description: "区域范围 — region description (up to 500 characters)." })
  region?: string | null;

  @Field(() => String, { nullable: true, description: "站长 — head of the unit." })
  headName?: string | null;

  @Field(() => String, { nullable: true, description: "副站长 — deputy head." })
  deputyHeadName?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Retire (true) or reinstate (false) the unit; unchanged when left out." })
  retired?: boolean | null;
}
