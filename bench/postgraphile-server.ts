import http from "node:http";
import pg from "pg";
import postgraphileModule from "postgraphile";
import { signedIn } from "./token-check.ts";

/**
 * PostGraphile v4 beside the product in `pnpm bench:compare`: its own GraphQL schema inferred
 * from the same tables (allUnits, allContracts with unitByUnitId), in production mode (no
 * GraphiQL, no query log, no watching, no introspection of changes), as its own process.
 *
 * Authentication, made as fair as PostGraphile v4 allows: v4 has no database-checked bearer
 * tokens of its own, only a JWT verified in Node (then a transaction with set_config per request)
 * or nothing. Neither does what the product must do, so this server checks the same
 * `Authorization: Bearer` token with the same one indexed statement as the bare server
 * (api_tokens joined to users, by its SHA-256) before PostGraphile's handler, and answers 401
 * without it. With no pgSettings and no JWT PostGraphile runs a query without a transaction:
 * two statements per request, the token's and the query's. Env: DATABASE_URL, PORT.
 */
const { postgraphile } = postgraphileModule;
const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10 });

const handler = postgraphile(pool, "public", {
  graphiql: false,
  disableQueryLog: true,
  watchPg: false,
  retryOnInitFail: false,
  setofFunctionsContainNulls: false,
  ignoreRBAC: false,
  enableQueryBatching: false,
  bodySizeLimit: "1MB",
});

const server = http.createServer((request, response) => {
  signedIn(pool, request.headers.authorization).then(
    (ok) => {
      // A client gone meanwhile (autocannon closes its connections when a run ends) has no body left to read.
      if (request.destroyed) return;
      if (ok) handler(request, response);
      else response.writeHead(401, { "content-type": "application/json" }).end('{"errors":[{"message":"sign in"}]}');
    },
    (error) => response.writeHead(500, { "content-type": "application/json" }).end(JSON.stringify({ errors: [{ message: String(error) }] })),
  );
});
server.listen(Number(process.env.PORT), "127.0.0.1", () => console.log(`PostGraphile on ${process.env.PORT}`));
