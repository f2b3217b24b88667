import "reflect-metadata";
import { randomUUID } from "node:crypto";
import http from "node:http";
import { createKnex } from "@station/db";
import { type GraphQLError, parse, validate } from "graphql";
import { type CompiledQuery, compileQuery, isCompiledQuery } from "graphql-jit";
import { createContext } from "../server/src/app/context.ts";
import { readBearerToken } from "../server/src/auth/request-auth.ts";
import { authenticate } from "../server/src/auth/session.service.ts";
import { startViewerCache } from "../server/src/auth/viewer-cache.ts";
import { requestState, runInRequest } from "../server/src/i18n/request-context.ts";
import { createLogger } from "../server/src/logger.ts";
import { getSchema } from "../server/src/schema/build-schema.ts";

/**
 * The third yardstick of `pnpm bench:compare`: the product's own schema, resolvers, token check
 * (with its viewer cache), request context and compiled queries (graphql-jit), served straight from node:http — no
 * Express, no body parser, no Apollo Server and its plugins, no security headers, no compression.
 * What the product spends beyond this server is the cost of its HTTP framework and GraphQL
 * server; what this server spends beyond the bare one is the cost of the schema's resolvers,
 * knex and the per-request context. Queries only; each document is parsed, validated and
 * compiled once. Env: DATABASE_URL, PORT.
 */
const knex = createKnex({ url: process.env.DATABASE_URL!, poolMax: 10 });
const logger = createLogger("warn");
const schema = await getSchema();
const compiled = new Map<string, CompiledQuery>();
const noSession = { token: undefined, set() {}, clear() {} };
// The product's viewer cache too, so that only the framework differs.
const viewers = startViewerCache(knex, logger);
await viewers.started;

function compiledFor(query: string, operationName?: string): CompiledQuery {
  const key = `${operationName ?? ""}\n${query}`;
  let found = compiled.get(key);
  if (!found) {
    const document = parse(query);
    const errors = validate(schema, document);
    if (errors.length > 0) throw errors[0];
    const result = compileQuery(schema, document, operationName);
    if (!isCompiledQuery(result)) throw result.errors?.[0] ?? new Error("not compiled");
    found = result;
    compiled.set(key, found);
  }
  return found;
}

async function answer(req: http.IncomingMessage, body: string, requestId: string) {
  const { query, operationName, variables } = JSON.parse(body || "{}");
  const plan = compiledFor(query, operationName);
  const viewer = await authenticate(knex, { bearerToken: readBearerToken(req) }, viewers.cache);
  requestState().signedIn = viewer !== null;
  const context = createContext({
    knex,
    logger,
    requestId,
    viewer,
    clientAddress: req.socket.remoteAddress ?? "unknown",
    language: requestState().language,
    session: noSession,
  });
  return plan.query(undefined, context, variables ?? {});
}

const server = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on("data", (chunk: Buffer) => chunks.push(chunk));
  req.on("end", () => {
    const requestId = randomUUID();
    runInRequest({ requestId, language: "zh", signedIn: false }, () => {
      answer(req, Buffer.concat(chunks).toString("utf8"), requestId).then(
        (result) => send(res, 200, result),
        (error: GraphQLError) => send(res, 400, { errors: [{ message: error.message }] }),
      );
    });
  });
});

function send(res: http.ServerResponse, status: number, value: unknown) {
  const text = JSON.stringify(value);
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(text) });
  res.end(text);
}

server.listen(Number(process.env.PORT), process.env.HOST ?? "127.0.0.1");
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.close(() => process.exit(0)));
