import { graphql } from "../../gql/index.ts";
import type { TokensListQuery } from "../../gql/graphql.ts";

export const TokensListDocument = graphql(`
  query TokensList {
    apiTokens {
      id
      name
      prefix
      createdAt
      lastUsedAt
      revokedAt
    }
  }
`);

/** The secret comes back this once; it is kept in component state only, never in the cache list. */
export const TokensCreateDocument = graphql(`
  mutation TokensCreate($name: String!) {
    createApiToken(name: $name) {
      secret
      token {
        id
        name
        prefix
        createdAt
        lastUsedAt
        revokedAt
      }
    }
  }
`);

export const TokensRevokeDocument = graphql(`
  mutation TokensRevoke($id: String!) {
    revokeApiToken(id: $id) {
      id
      revokedAt
    }
  }
`);

export type TokenRow = TokensListQuery["apiTokens"][number];
