import { Field, ID, ObjectType } from "type-graphql";
import { UnitKind } from "../common/enums.ts";

@ObjectType({ description: "An assessed unit (考核单位): a management station, the fee hall or the collective group." })
export class Unit {
  @Field(() => ID, { description: "Stable identifier." })
  id!: string;

  @Field(() => String, { description: "Short code used everywhere in the API, e.g. `north`." })
  code!: string;

  @Field(() => String, { description: "Display name, e.g. 城北管理站." })
  name!: string;

  @Field(() => UnitKind, { description: "What kind of unit it is." })
  kind!: UnitKind;

  @Field(() => String, { nullable: true, description: "区域范围 — the region a station covers (free text)." })
  region!: string | null;

  @Field(() => String, { nullable: true, description: "站长 — the head of the unit." })
  headName!: string | null;

  @Field(() => String, { nullable: true, description: "副站长 — the deputy head." })
  deputyHeadName!: string | null;

  @Field(() => Boolean, { description: "Retired units keep their history but are hidden from default lists." })
  retired!: boolean;
}
