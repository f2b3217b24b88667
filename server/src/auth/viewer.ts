import { Field, ObjectType } from "type-graphql";
import { Role } from "./role.ts";

/** The signed-in user as resolvers see it. */
export interface Viewer {
  userId: number;
  username: string;
  displayName: string;
  roles: Role[];
  /** The unit a station head is bound to. */
  unitId: number | null;
  unitCode: string | null;
  /** The committee member name a committee user scores under. */
  memberId: number | null;
  memberName: string | null;
  /** How the request was authenticated. */
  via: "session" | "token";
}

export const hasRole = (viewer: Viewer | null, ...roles: Role[]) => viewer !== null && roles.some((r) => viewer.roles.includes(r));

@ObjectType("Viewer", { simpleResolvers: true, description: "The signed-in user." })
export class ViewerType {
  @Field(() => String, { description: "Sign-in name." })
  username!: string;

  @Field(() => String, { description: "Name to show." })
  displayName!: string;

  @Field(() => [Role], { description: "The user's roles." })
  roles!: Role[];

  @Field(() => String, { nullable: true, description: "For a station head, the unit's code." })
  unitCode!: string | null;

  @Field(() => String, { nullable: true, description: "For a committee member, the name scores are entered under." })
  memberName!: string | null;
}

export const toViewerType = (viewer: Viewer): ViewerType => ({
  username: viewer.username,
  displayName: viewer.displayName,
  roles: viewer.roles,
  unitCode: viewer.unitCode,
  memberName: viewer.memberName,
});
