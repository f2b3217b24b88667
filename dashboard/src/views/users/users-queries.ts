import { graphql } from "../../gql/index.ts";
import type { UsersListQuery } from "../../gql/graphql.ts";

export const UsersListDocument = graphql(`
  query UsersList {
    users {
      username
      displayName
      roles
      unitCode
      memberName
      disabled
    }
  }
`);

export const UsersCreateDocument = graphql(`
  mutation UsersCreate($input: UserInput!) {
    createUser(input: $input) {
      username
      displayName
      roles
      unitCode
      memberName
      disabled
    }
  }
`);

/** Edit, password reset and disable/enable all go through updateUser (matched by username). */
export const UsersUpdateDocument = graphql(`
  mutation UsersUpdate($input: UserInput!) {
    updateUser(input: $input) {
      username
      displayName
      roles
      unitCode
      memberName
      disabled
    }
  }
`);

export type UserAccountRow = UsersListQuery["users"][number];
