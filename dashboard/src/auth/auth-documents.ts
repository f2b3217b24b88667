import { graphql } from "../gql/index.ts";

/*
 * The session API (server/src/auth/). Typed by codegen like every other document, so a change
 * of the Viewer type fails `check:type`.
 */
export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      username
      displayName
      roles
      unitCode
      memberName
    }
  }
`);

export const SignInMutation = graphql(`
  mutation SignIn($username: String!, $password: String!) {
    signIn(username: $username, password: $password) {
      username
      displayName
      roles
      unitCode
      memberName
    }
  }
`);

export const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);
