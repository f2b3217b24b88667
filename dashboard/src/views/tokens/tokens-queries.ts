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
      expiresAt
      revokedAt
    }
  }
`);

/** The secret comes back this once; it is kept in component state only, never in the cache list. */
export const TokensCreateDocument = graphql(`
  mutation TokensCreate($name: String!, $expiresInDays: Int) {
    createApiToken(name: $name, expiresInDays: $expiresInDays) {
      secret
      token {
        id
        name
        prefix
        createdAt
        lastUsedAt
        expiresAt
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
