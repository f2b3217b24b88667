import { Field, ID, InputType, Int, ObjectType, registerEnumType } from "type-graphql";
import { DateScalar } from "../common/scalars.ts";
import { Text } from "../common/validation.ts";

/** The plan's posts (定岗): who does what in a unit. */
export enum StaffPost {
  HEAD = "HEAD",
  DEPUTY_HEAD = "DEPUTY_HEAD",
  SUPERVISOR = "SUPERVISOR",
  STAFF = "STAFF",
  TEMPORARY = "TEMPORARY",
}
registerEnumType(StaffPost, {
  name: "StaffPost",
  description: "A post in a unit's roster (定岗定员).",
  valuesConfig: {
    HEAD: { description: "站长 — head (the deputy manager doubles as head)." },
    DEPUTY_HEAD: { description: "副站长 — deputy head (a supervisor doubles as deputy head)." },
    SUPERVISOR: { description: "主管 — supervisor." },
    STAFF: { description: "员工 — permanent staff." },
    TEMPORARY: { description: "临聘人员 — temporary hire." },
  },
});

@ObjectType({ simpleResolvers: true, description: "定员 — one person on a unit's roster for a year." })
export class StaffMember {
  unitId!: number;

  @Field(() => ID, { description: "Stable identifier (a saved roster gets new ones)." })
  id!: string;

  @Field(() => Int, { description: "The roster's year." })
  year!: number;

  @Field(() => String, { description: "The person's name." })
  name!: string;

  @Field(() => StaffPost, { description: "Their post." })
  post!: StaffPost;

  @Field(() => DateScalar, { nullable: true, description: "First day in post that year (null: from the year's start)." })
  from!: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Last day in post that year (null: to the year's end)." })
  to!: string | null;

  @Field(() => String, { nullable: true, description: "The user account of the person, when they have one." })
  username!: string | null;
}

@ObjectType({ simpleResolvers: true, description: "车辆 — one vehicle assigned to a unit for a year." })
export class Vehicle {
  unitId!: number;

  @Field(() => ID, { description: "Stable identifier (a saved list gets new ones)." })
  id!: string;

  @Field(() => Int, { description: "The year." })
  year!: number;

  @Field(() => String, { description: "Number plate, e.g. 湘L·A1234." })
  plate!: string;

  @Field(() => String, { description: "What kind of vehicle, e.g. 工程车." })
  kind!: string;

  @Field(() => DateScalar, { nullable: true, description: "First day assigned that year (null: from the year's start)." })
  from!: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Last day assigned that year (null: to the year's end)." })
  to!: string | null;
}

@InputType({ description: "One person of a unit's roster." })
export class StaffMemberInput {
  @Field(() => String, { description: "The person's name (1–50 characters)." })
  @Text(50)
  name!: string;

  @Field(() => StaffPost, { description: "Their post." })
  post!: StaffPost;

  @Field(() => DateScalar, { nullable: true, description: "First day in post, within the year (default: the year's start)." })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Last day in post, within the year (default: the year's end)." })
  to?: string | null;

  @Field(() => String, { nullable: true, description: "Their user account's username, to link the person to it." })
  @Text(40, 0)
  username?: string | null;
}

@InputType({ description: "One vehicle of a unit." })
export class VehicleInput {
  @Field(() => String, { description: "Number plate (1–20 characters), unique within the unit and year." })
  @Text(20)
  plate!: string;

  @Field(() => String, { description: "What kind of vehicle (1–50 characters)." })
  @Text(50)
  kind!: string;

  @Field(() => DateScalar, { nullable: true, description: "First day assigned, within the year (default: the year's start)." })
  from?: string | null;

  @Field(() => DateScalar, { nullable: true, description: "Last day assigned, within the year (default: the year's end)." })
  to?: string | null;
}
