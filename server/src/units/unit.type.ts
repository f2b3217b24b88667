import { Field, ID, ObjectType } from "type-graphql";
import { UnitKind } from "../common/enums.ts";
import { DateScalar } from "../common/scalars.ts";

@ObjectType({
  simpleResolvers: true,
  description:
    "An assessed unit (考核单位): a management station, the fee hall or the collective group. Under a year's figures (assessment results, " +
    "contracts, totals …) `name` is the name the unit had in that year; elsewhere the current name.",
})
export class Unit {
  @Field(() => ID, { description: "Stable identifier." })
  id!: string;

  @Field(() => String, { description: "Short code used everywhere in the API, e.g. `north`." })
  code!: string;

  @Field(() => String, { description: "Display name, e.g. 城北管理站: current, or as of the year the surrounding figures belong to." })
  name!: string;

  @Field(() => String, { nullable: true, description: "English display name (from data), e.g. North management station." })
  nameEn!: string | null;

  @Field(() => UnitKind, { description: "What kind of unit it is." })
  kind!: UnitKind;

  @Field(() => String, { nullable: true, description: "区域范围 — the region a station covers (free text)." })
  region!: string | null;

  @Field(() => String, { nullable: true, description: "站长 — the head of the unit." })
  headName!: string | null;

  @Field(() => String, { nullable: true, description: "副站长 — the deputy head." })
  deputyHeadName!: string | null;

  @Field(() => Boolean, { description: "Retired units keep their history but are hidden from default lists and new years." })
  retired!: boolean;

  @Field(() => DateScalar, { nullable: true, description: "The day the unit was (or will be) retired from." })
  retiredFrom!: string | null;
}

@ObjectType({ simpleResolvers: true, description: "A name a unit had from a day on (a rename takes effect from its day)." })
export class UnitName {
  @Field(() => DateScalar, { description: "The first day the name applies (2000-01-01 for a unit's first name)." })
  validFrom!: string;

  @Field(() => String, { description: "The name." })
  name!: string;

  @Field(() => String, { nullable: true, description: "The English name." })
  nameEn!: string | null;
}
