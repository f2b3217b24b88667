import { Field, InputType } from "type-graphql";
import { UnitKind } from "../common/enums.ts";
import { Matches, Text } from "../common/validation.ts";

export const UNIT_CODE_PATTERN = /^[a-z][a-z0-9_-]{0,31}$/;

@InputType({ description: "A unit to create or update, matched by its code. A changed name is a rename from today (see renameUnit)." })
export class UnitInput {
  @Field(() => String, { description: "Short code: lower-case letters, digits, - or _; starts with a letter; up to 32." })
  @Matches(UNIT_CODE_PATTERN, "UNIT_CODE_FORMAT")
  code!: string;

  @Field(() => String, { description: "Display name (1–100 characters)." })
  @Text(100)
  name!: string;

  @Field(() => String, { nullable: true, description: "English display name (1–100 characters)." })
  @Text(100)
  nameEn?: string | null;

  @Field(() => UnitKind, { description: "What kind of unit it is." })
  kind!: UnitKind;

  @Field(() => String, { nullable: true, description: "区域范围 — region description (up to 500 characters)." })
  @Text(500, 0)
  region?: string | null;

  @Field(() => String, { nullable: true, description: "站长 — head of the unit." })
  @Text(50, 0)
  headName?: string | null;

  @Field(() => String, { nullable: true, description: "副站长 — deputy head." })
  @Text(50, 0)
  deputyHeadName?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Retire (true, from today) or reinstate (false) the unit; unchanged when left out." })
  retired?: boolean | null;
}
