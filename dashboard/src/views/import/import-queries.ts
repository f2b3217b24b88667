import { graphql } from "../../gql/index.ts";

export const ImportsQuery = graphql(`
  query ImportHistory($limit: Int!) {
    imports(limit: $limit) {
      at
      actor
      kind
      fileName
      sha256
      rows
      inserted
      duplicates
    }
  }
`);
