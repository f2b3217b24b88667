import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import compression from "compression";
import express, { type NextFunction, type Request, type Response } from "express";
import { GraphQLError } from "graphql";
import { existsSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import type { Knex } from "knex";
import type { Logger } from "pino";
import { readBearerToken, sessionCookie } from "../auth/request-auth.ts";
import { authenticate } from "../auth/session.service.ts";
import { startViewerCache } from "../auth/viewer-cache.ts";
import { createContext, type Context } from "../app/context.ts";
import { getSchema } from "../schema/build-schema.ts";
import { compiledExecution } from "./compiled-execution.ts";
import { graphqlDoor } from "./graphql-door.ts";
import { isDatabaseUnavailable } from "./database-unavailable.ts";
import { clientErrorStatusPlugin } from "./client-error-status-plugin.ts";
import { formatError } from "./format-error.ts";
import { originCheckPlugin } from "./origin-check.ts";
import { messageText } from "../i18n/messages.ts";
import { languageOf, requestState } from "../i18n/request-context.ts";
import { mutationAuditPlugin } from "./audit-plugin.ts";
import { forgetViewersAfterMutations } from "./forget-viewers-plugin.ts";
import { readReplicaPlugin } from "./read-routing.ts";
import { ruleFilesRouter } from "../rules/rule-files.http.ts";
import { loggingPlugin } from "./logging-plugin.ts";
import { exportRouter } from "../files/export.route.ts";
import { importRouter } from "../files/import.route.ts";
import { assignRequestId, currentRequestId, withRequestId } from "./request-id.ts";
import { unavailableHttpHead, unavailableStatusPlugin } from "./unavailable-status-plugin.ts";
import { introspectionForSignedInOnly, limitYearComputations, MAX_TOKENS, queryLimits, securityHeaders } from "./security.ts";

export interface AppOptions {
  /** The primary. */
  knex: Knex;
  /** A read replica's pool for GraphQL queries (DATABASE_READ_URL); absent: the primary answers them. */
  readKnex?: Knex | null;
  logger: Logger;
  dashboardDir: string;
  bodyLimit: string;
  /** Trust X-Forwarded-* from a reverse proxy (for the client address and HTTPS detection). */
  trustProxy?: boolean;
  /** Origins besides the server's own that may send cookie-authenticated mutations. */
  allowedOrigins?: string[];
}

export interface RunningApp {
  httpServer: http.Server;
  /** Stops taking requests and waits for those in flight. */
  stop(): Promise<void>;
}

/** The API at /graphql and the built dashboard at /, on one HTTP server. */
export async function createApp({
  knex,
  readKnex,
  logger,
  dashboardDir,
  bodyLimit,
  trustProxy = false,
  allowedOrigins = [],
}: AppOptions): Promise<RunningApp> {
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", trustProxy);
  const headers = securityHeaders();
  app.use(headers);
  // gzip/brotli for the dashboard's scripts (the landing page's ~375 kB of JavaScript travels as
  // ~130 kB) and for large GraphQL answers. Not below 32 kB: compressing the many small answers of
  // a data import cost more time than it saved (bench:load-year 587 → 709 ms with the 1 kB default).
  const compress = compression({ threshold: "32kb" });
  app.use(compress);
  // Its request handler is attached once the GraphQL door exists (Apollo's drain plugin needs the server first).
  const httpServer = http.createServer();
  const limits = queryLimits();
  const viewers = startViewerCache(knex, logger);
  await viewers.started;
  const apollo = new ApolloServer<Context>({
    // The schema, run by compiled queries (compiled-execution.ts).
    gateway: compiledExecution(await getSchema()),
    formatError: (formatted, error) => withRequestId(formatError(formatted, error)),
    // Batched requests multiply the work one request can ask for; nothing here needs them.
    allowBatchedHttpRequests: false,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    introspection: true, // but only for signed-in users: see introspectionForSignedInOnly
    validationRules: [...limits.validationRules, limitYearComputations],
    parseOptions: { maxTokens: MAX_TOKENS },
    plugins: [
      // First, so that every later hook of a query already reads through the replica.
      ...(readKnex ? [readReplicaPlugin(readKnex, knex)] : []),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // The default landing page loads Apollo Sandbox from a CDN, which these machines cannot reach.
      ApolloServerPluginLandingPageDisabled(),
      // No HTTP cache hints are used; the default plugin wraps every field resolver to collect them
      // (about a tenth of a 1,000-unit assessment's time).
      ApolloServerPluginCacheControlDisabled(),
      // graphql-armor is typed against Apollo's CommonJS declarations; the objects are the same.
      ...(limits.plugins as unknown as ApolloServerPlugin<Context>[]),
      introspectionForSignedInOnly(),
      originCheckPlugin(allowedOrigins),
      mutationAuditPlugin(),
      forgetViewersAfterMutations(viewers.cache),
      loggingPlugin(),
      unavailableStatusPlugin(),
      clientErrorStatusPlugin(),
    ],
  });
  await apollo.start();

  app.get("/healthz", async (_req, res) => {
    try {
      await knex.raw("select 1");
      res.json({ status: "ok" });
    } catch {
      res.status(503).json({ status: "database unavailable" });
    }
  });

  // /graphql comes in by its own door (graphql-door.ts), beside Express rather than through it.
  const graphql = graphqlDoor({
    apollo,
    logger,
    bodyLimit,
    trustProxy,
    // Express's handler types; both are plain node:http middleware underneath.
    securityHeaders: headers as never,
    compression: compress as never,
    context: async ({ req, res, requestId, clientAddress, secure }) => {
      try {
        const session = sessionCookie(req, res, secure);
        const viewer = await authenticate(knex, { sessionToken: session.token, bearerToken: readBearerToken(req) }, viewers.cache);
        const state = requestState();
        state.signedIn = viewer !== null;
        return createContext({
          knex,
          logger: logger.child({ requestId, ip: clientAddress, user: viewer?.username }),
          requestId,
          viewer,
          clientAddress,
          language: state.language,
          session,
        });
      } catch (error) {
        throw contextFailure(error, logger.child({ requestId, ip: clientAddress }));
      }
    },
  });
  httpServer.on("request", (req, res) => (isGraphqlPath(req.url) ? graphql(req, res) : app(req, res)));

  // 实施细则 attachments: upload and download beside /graphql, with the same sign-in.
  app.use("/api/rule-files", ruleFilesRouter({ knex, logger, allowedOrigins }));
  // Files travel beside /graphql with the same sign-in: imports in, exports out.
  app.use("/api/import", assignRequestId, importRouter(knex, logger, allowedOrigins));
  app.use("/api/export", assignRequestId, exportRouter(knex, logger));

  const indexFile = path.join(dashboardDir, "index.html");
  // Built files under assets/ carry a content hash in their names: cached for a year. The index
  // page is revalidated on every load, so a new build reaches browsers at once.
  app.use("/assets", express.static(path.join(dashboardDir, "assets"), { index: false, immutable: true, maxAge: "365d" }));
  // A missing asset (an old page asking for the previous build's file) is a 404, not the index page.
  app.use("/assets", (_req, res) => void res.status(404).type("text/plain").send("Not found"));
  app.use(express.static(dashboardDir, { index: false, maxAge: "1h" }));
  // Client-side routes: every other GET gets the dashboard's index page.
  app.use((req, res, next) => {
    if (req.method !== "GET") return next();
    if (!existsSync(indexFile)) {
      res.status(404).type("text/plain").send("The dashboard is not built: run `pnpm build` (the API is at /graphql).");
      return;
    }
    res.sendFile(indexFile, { headers: { "cache-control": "no-cache" } });
  });

  app.use((error: unknown, req: Request, res: Response, _next: NextFunction) => {
    const requestId = typeof res.locals.requestId === "string" ? res.locals.requestId : currentRequestId();
    logger.error({ err: error, requestId, path: req.path }, "unexpected HTTP error");
    res.status(500).json({
      errors: [
        {
          message: messageText("INTERNAL", { requestId }, languageOf(req.headers["accept-language"])),
          extensions: { code: "INTERNAL_SERVER_ERROR", requestId },
        },
      ],
    });
  });

  return {
    httpServer,
    stop: async () => {
      await apollo.stop();
      await viewers.stop();
    },
  };
}

/** /graphql, with or without a trailing slash or a query string. */
function isGraphqlPath(url: string | undefined): boolean {
  if (!url?.startsWith("/graphql")) return false;
  const rest = url.slice("/graphql".length);
  return rest === "" || rest === "/" || rest.startsWith("?") || rest.startsWith("/?");
}

/**
 * Building the context reads the database (who is signed in). When that fails no plugin runs, so
 * the HTTP status travels on the error itself: 503 when the database cannot be reached, else 500.
 * formatError turns it into the API's answer and the request id is added to it.
 */
function contextFailure(error: unknown, requestLogger: Logger): GraphQLError {
  const unavailable = isDatabaseUnavailable(error);
  if (unavailable) requestLogger.warn({ err: error }, "database unavailable while authenticating the request");
  else requestLogger.error({ err: error }, "unexpected error while building the request context");
  return new GraphQLError("Context creation failed", {
    originalError: error instanceof Error ? error : new Error(String(error)),
    extensions: { http: unavailable ? unavailableHttpHead() : { status: 500 } },
  });
}
