import { type ApolloServer, HeaderMap, type HTTPGraphQLResponse } from "@apollo/server";
import type { IncomingMessage, ServerResponse } from "node:http";
import type { TLSSocket } from "node:tls";
import zlib from "node:zlib";
import type { Logger } from "pino";
import type { Context } from "./context.ts";
import { bodyLimitBytes } from "../config.ts";
import { messageText } from "../i18n/messages.ts";
import { currentLanguage, runInRequest } from "../i18n/request-context.ts";
import { newRequestState } from "./request-id.ts";

type Middleware = (req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => void;

/** What the API's context is built from, as this door knows the request. */
export interface GraphqlRequestParts {
  req: IncomingMessage;
  res: ServerResponse;
  requestId: string;
  clientAddress: string;
  secure: boolean;
}

export interface GraphqlDoorOptions {
  apollo: ApolloServer<Context>;
  context: (parts: GraphqlRequestParts) => Promise<Context>;
  logger: Logger;
  /** Largest request body, as BODY_LIMIT writes it (`500kb`, `1mb`). */
  bodyLimit: string;
  trustProxy: boolean;
  /** The security headers and the compression every answer of this server gets (security.ts, create-app.ts). */
  securityHeaders: Middleware;
  compression: Middleware;
}

/**
 * /graphql straight from node:http into Apollo Server, not through Express: Express's router,
 * request and response wrappers and body parser were over a third of a cheap query's CPU time
 * (`{ units { code name } }` at c=10, one build with /graphql behind Express and then behind this
 * door, median of four interleaved rounds: 2.3 → 1.5 ms of server CPU per request).
 * This door does for /graphql what those did: it reads the JSON body (within the body limit,
 * inflating gzip/deflate/br), gives the request its id and language, works out the client's
 * address and HTTPS as Express's `trust proxy` does, and answers Apollo's response with the same
 * security headers and compression as every other answer. Everything GraphQL — CSRF prevention,
 * parsing, validation, plugins, execution, error formatting and status — stays Apollo's.
 */
export function graphqlDoor(options: GraphqlDoorOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const limit = bodyLimitBytes(options.bodyLimit);
  if (limit === null) throw new RangeError(`BODY_LIMIT must look like 500kb or 5mb (got "${options.bodyLimit}")`);
  const failed = (req: IncomingMessage, res: ServerResponse, requestId: string, error: unknown) => {
    // A caller that went away mid-request is not the server's fault, and there is no one to answer.
    if (req.destroyed && !req.complete) return;
    options.logger.error({ err: error, requestId, path: req.url }, "unexpected HTTP error");
    if (res.headersSent) res.destroy();
    else answerError(res, 500, "INTERNAL_SERVER_ERROR", messageText("INTERNAL", { requestId }, currentLanguage()), { requestId });
  };
  return (req, res) => {
    const state = newRequestState(req, res);
    runInRequest(state, () => {
      options.securityHeaders(req, res, () =>
        options.compression(req, res, () => {
          const { requestId } = state;
          readBody(req, limit).then(
            (raw) => answer(options, req, res, raw, requestId).catch((error) => failed(req, res, requestId, error)),
            (error: unknown) => {
              if (!(error instanceof BodyError)) failed(req, res, requestId, error);
              else if (error.status === 413)
                answerError(res, 413, "PAYLOAD_TOO_LARGE", messageText("BODY_TOO_LARGE", { limit: options.bodyLimit }, state.language));
              else answerError(res, error.status, "BAD_REQUEST", error.message);
            },
          );
        }),
      );
    });
  };
}

async function answer(options: GraphqlDoorOptions, req: IncomingMessage, res: ServerResponse, raw: string | null, requestId: string) {
  let body: unknown;
  // As express.json: only a JSON body is parsed; any other is left for Apollo to refuse (CSRF prevention, missing body).
  if (raw !== null && isJson(req)) {
    try {
      body = raw === "" ? {} : JSON.parse(raw);
    } catch {
      answerError(res, 400, "BAD_REQUEST", messageText("BODY_NOT_JSON", {}, currentLanguage()));
      return;
    }
  }
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
  }
  const url = req.url ?? "";
  const query = url.indexOf("?");
  const { trustProxy } = options;
  const response = await options.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: (req.method ?? "GET").toUpperCase(), headers, search: query >= 0 ? url.slice(query) : "", body },
    context: () => options.context({ req, res, requestId, clientAddress: clientAddress(req, trustProxy), secure: isSecure(req, trustProxy) }),
  });
  await send(res, response);
}

async function send(res: ServerResponse, response: HTTPGraphQLResponse) {
  for (const [key, value] of response.headers) res.setHeader(key, value);
  res.statusCode = response.status ?? 200;
  if (response.body.kind === "complete") {
    // Encoded once: its length, as Express's res.send gave it (the compression middleware drops it
    // when it compresses), is the encoded bytes' (measuring a string's UTF-8 length and then
    // writing it encodes a 1.5 MB answer twice).
    const body = Buffer.from(response.body.string);
    res.setHeader("content-length", body.length);
    res.end(body);
    return;
  }
  for await (const chunk of response.body.asyncIterator) res.write(chunk);
  res.end();
}

/** A refusal before GraphQL runs, in the API's own shape (never an HTML page or a stack trace). */
function answerError(res: ServerResponse, status: number, code: string, message: string, details: Record<string, string> = {}) {
  res.statusCode = status;
  res.setHeader("content-type", "application/json; charset=utf-8");
  res.end(JSON.stringify({ errors: [{ message, extensions: { code, ...details } }] }));
}

const isJson = (req: IncomingMessage) => /^application\/json\s*(;|$)/i.test(req.headers["content-type"] ?? "");

/** `trust proxy` as Express reads it with `true`: the first X-Forwarded-For address is the client's. */
function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
  const forwarded = trustProxy ? req.headers["x-forwarded-for"] : undefined;
  const first = typeof forwarded === "string" ? forwarded.split(",")[0].trim() : "";
  return first || req.socket.remoteAddress || "unknown";
}

/** Express's req.secure: TLS on this socket, or (behind a trusted proxy) X-Forwarded-Proto https. */
function isSecure(req: IncomingMessage, trustProxy: boolean): boolean {
  if ((req.socket as TLSSocket).encrypted) return true;
  const proto = trustProxy ? req.headers["x-forwarded-proto"] : undefined;
  return typeof proto === "string" && proto.split(",")[0].trim().toLowerCase() === "https";
}

class BodyError extends Error {
  constructor(
    readonly status: 400 | 413 | 415,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The request's body as UTF-8 text, or null when it has none (a GET). More than `limit` bytes
 * (after inflating) is refused with 413 as soon as it is seen, without reading the rest.
 */
function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  const hasBody = req.headers["transfer-encoding"] !== undefined || (req.headers["content-length"] ?? "0") !== "0";
  if (!hasBody) {
    req.resume();
    return Promise.resolve(null);
  }
  const declared = Number(req.headers["content-length"]);
  if (declared > limit) {
    req.resume();
    return Promise.reject(new BodyError(413, "request entity too large"));
  }
  const encoding = (req.headers["content-encoding"] ?? "identity").toLowerCase();
  const inflate = { identity: null, gzip: zlib.createGunzip, deflate: zlib.createInflate, br: zlib.createBrotliDecompress }[encoding];
  if (inflate === undefined) {
    req.resume();
    return Promise.reject(new BodyError(415, `unsupported content encoding "${encoding}"`));
  }
  const stream = inflate ? req.pipe(inflate()) : req;
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    stream.on("data", (chunk: Buffer) => {
      length += chunk.length;
      if (length > limit) {
        stream.removeAllListeners("data");
        req.unpipe();
        req.resume();
        reject(new BodyError(413, "request entity too large"));
      } else chunks.push(chunk);
    });
    stream.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    // A body that does not inflate is the caller's mistake; the request's own errors (it was aborted) are not.
    stream.on("error", (error) => reject(stream === req ? error : new BodyError(400, `the ${encoding} body cannot be inflated`)));
  });
}
