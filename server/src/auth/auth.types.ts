import { Field, ID, InputType, ObjectType } from "type-graphql";
import { Role } from "./role.ts";

@ObjectType({ simpleResolvers: true, description: "A personal API token (its secret is shown only when created)." })
export class ApiToken {
  @Field(() => ID, { description: "Identifier, for revoking." })
  id!: string;

  @Field(() => String, { description: "What the owner called it." })
  name!: string;

  @Field(() => String, { description: "The first characters of the secret, to tell tokens apart." })
  prefix!: string;

  @Field(() => String, { description: "When it was created (ISO 8601)." })
  createdAt!: string;

  @Field(() => String, { nullable: true, description: "When it was last used (to the minute)." })
  lastUsedAt!: string | null;

  @Field(() => String, { nullable: true, description: "When it stops working (ISO 8601); null: never." })
  expiresAt!: string | null;

  @Field(() => String, { nullable: true, description: "When it was revoked; revoked tokens no longer work." })
  revokedAt!: string | null;
}

@ObjectType({ simpleResolvers: true, description: "A newly created token with its secret: store it now, it is never shown again." })
export class CreatedApiToken {
  @Field(() => String, { description: "The secret, to send as `Authorization: Bearer <secret>`." })
  secret!: string;

  @Field(() => ApiToken, { description: "The token's details." })
  token!: ApiToken;
}

@ObjectType({ simpleResolvers: true, description: "A user account (for administrators)." })
export class UserAccount {
  @Field(() => String, { description: "Sign-in name." })
  username!: string;

  @Field(() => String, { description: "Name to show." })
  displayName!: string;

  @Field(() => [Role], { description: "Roles." })
  roles!: Role[];

  @Field(() => String, { nullable: true, description: "The unit a station head heads." })
  unitCode!: string | null;

  @Field(() => String, { nullable: true, description: "The committee member name scores are entered under." })
  memberName!: string | null;

  @Field(() => Boolean, { description: "Disabled accounts cannot sign in or use their tokens." })
  disabled!: boolean;
}

@InputType({ description: "A user to create, or the fields of one to change (matched by username)." })
export class UserInput {
  @Field(() => String, { description: "Sign-in name: 2–40 lower-case letters, digits, . _ or -." })
  username!: string;

  @Field(() => String, { nullable: true, description: "Name to show (required when creating)." })
  displayName?: string | null;

  @Field(() => String, { nullable: true, description: "New password, at least 10 characters (required when creating)." })
  password?: string | null;

  @Field(() => [Role], { nullable: true, description: "Roles (required when creating)." })
  roles?: Role[] | null;

  @Field(() => String, { nullable: true, description: "For a station head: the unit's code." })
  unitCode?: string | null;

  @Field(() => String, { nullable: true, description: "For a committee member: the name scores are entered under." })
  memberName?: string | null;

  @Field(() => Boolean, { nullable: true, description: "Disable (true) or enable (false) the account." })
  disabled?: boolean | null;
}
