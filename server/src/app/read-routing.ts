import type { ApolloServerPlugin } from "@apollo/server";
import type { Knex } from "knex";
import { readThrough, type Context } from "./context.ts";

/**
 * The replica pool as resolvers see it: every statement goes to `read`, except a transaction (and
 * everything inside it), which is opened on the primary — a transaction is where a reader needs
 * a consistent view or takes a lock, and a standby refuses both SERIALIZABLE and advisory locks.
 */
export function replicaPool(read: Knex, primary: Knex): Knex {
  return new Proxy(read, {
    get(target, property, receiver) {
      if (property === "transaction" || property === "transactionProvider") return primary[property].bind(primary);
      return Reflect.get(target, property, receiver);
    },
  });
}

/**
 * With DATABASE_READ_URL: a GraphQL query is answered from the replica; mutations, and the
 * authentication of every request (so a revocation counts at once), stay on the primary.
 */
export function readReplicaPlugin(read: Knex, primary: Knex): ApolloServerPlugin<Context> {
  const pool = replicaPool(read, primary);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (operation?.operation === "query") readThrough(contextValue, pool);
        },
      };
    },
  };
}
