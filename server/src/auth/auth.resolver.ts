import { Arg, Authorized, Ctx, Int, Mutation, Query, Resolver } from "type-graphql";
import { actAs, type Context } from "../app/context.ts";
import { createApiToken, DEFAULT_TOKEN_DAYS, listApiTokens, revokeApiToken } from "./api-token.service.ts";
import { ApiToken, CreatedApiToken, UserAccount, UserInput } from "./auth.types.ts";
import { Role } from "./role.ts";
import { signIn, signOut } from "./session.service.ts";
import type { UserRow } from "./user.repository.ts";
import { saveUser, userAccounts } from "./user.service.ts";
import { toViewerType, ViewerType } from "./viewer.ts";

const toAccount = (row: UserRow): UserAccount => ({
  username: row.username,
  displayName: row.display_name,
  roles: row.roles,
  unitCode: row.unit_code,
  memberName: row.member_name,
  disabled: row.disabled,
});

@Resolver()
export class AuthResolver {
  @Query(() => ViewerType, { nullable: true, description: "The signed-in user; null when not signed in. Open to everyone." })
  viewer(@Ctx() { viewer }: Context): ViewerType | null {
    return viewer ? toViewerType(viewer) : null;
  }

  @Mutation(() => ViewerType, {
    description: "Signs in with username and password and sets the session cookie (HttpOnly). Repeated failures are throttled.",
  })
  async signIn(
    @Arg("username", () => String) username: string,
    @Arg("password", () => String) password: string,
    @Ctx() context: Context,
  ): Promise<ViewerType> {
    const signedIn = await signIn(context.knex, { username, password, address: context.clientAddress });
    context.session.set(signedIn.sessionToken, signedIn.expiresAt);
    actAs(context, signedIn.viewer);
    return toViewerType(signedIn.viewer);
  }

  @Mutation(() => Boolean, { description: "Ends the browser session (clears the cookie). Open to everyone." })
  async signOut(@Ctx() context: Context): Promise<boolean> {
    await signOut(context.knex, context.session.token);
    context.session.clear();
    return true;
  }

  @Authorized()
  @Query(() => [ApiToken], { description: "The signed-in user's personal API tokens." })
  async apiTokens(@Ctx() { knex, viewer }: Context): Promise<ApiToken[]> {
    return listApiTokens(knex, viewer!);
  }

  @Authorized()
  @Mutation(() => CreatedApiToken, { description: "Creates a personal API token for scripts; its secret is returned this once." })
  async createApiToken(
    @Arg("name", () => String) name: string,
    @Arg("expiresInDays", () => Int, {
      nullable: true,
      defaultValue: DEFAULT_TOKEN_DAYS,
      description: `Days until the token stops working (default ${DEFAULT_TOKEN_DAYS}; 0 = never).`,
    })
    expiresInDays: number,
    @Ctx() { knex, viewer }: Context,
  ): Promise<CreatedApiToken> {
    const { token, info } = await createApiToken(knex, viewer!, name, expiresInDays ?? DEFAULT_TOKEN_DAYS);
    return { secret: token, token: info };
  }

  @Authorized()
  @Mutation(() => ApiToken, { description: "Revokes one of the signed-in user's tokens." })
  async revokeApiToken(@Arg("id", () => String) id: string, @Ctx() { knex, viewer }: Context): Promise<ApiToken> {
    return revokeApiToken(knex, viewer!, id);
  }

  @Authorized(Role.ADMIN)
  @Query(() => [UserAccount], { description: "Every user account." })
  async users(@Ctx() { knex }: Context): Promise<UserAccount[]> {
    return (await userAccounts(knex)).map(toAccount);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => UserAccount, { description: "Creates a user account." })
  async createUser(@Arg("input", () => UserInput) input: UserInput, @Ctx() { knex }: Context): Promise<UserAccount> {
    return toAccount(await saveUser(knex, input, { create: true }));
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => UserAccount, { description: "Changes a user account: name, password, roles, unit, member, disabled." })
  async updateUser(@Arg("input", () => UserInput) input: UserInput, @Ctx() { knex }: Context): Promise<UserAccount> {
    return toAccount(await saveUser(knex, input, { create: false }));
  }
}
