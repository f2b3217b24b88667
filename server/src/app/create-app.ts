import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";
import { existsSync } from "node:fs";
import http from "node:http";
import { randomUUID } from "node:crypto";
import path from "node:path";
import type { Knex } from "knex";
import type { Logger } from "pino";
import { createContext, type Context } from "../common/context.ts";
import { getSchema } from "../schema/build-schema.ts";
import { formatError } from "./format-error.ts";
import { loggingPlugin } from "./logging-plugin.ts";

export interface AppOptions {
  knex: Knex;
  logger: Logger;
  dashboardDir: string;
  bodyLimit: string;
}

export interface RunningApp {
  httpServer: http.Server;
  /** Stops taking requests and waits for those in flight. */
  stop(): Promise<void>;
}

/** The API at /graphql and the built dashboard at /, on one HTTP server. */
export async function createApp({ knex, logger, dashboardDir, bodyLimit }: AppOptions): Promise<RunningApp> {
  const app = express();
  app.disable("x-powered-by");
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<Context>({
    schema: await getSchema(),
    formatError,
    // Batched requests multiply the work one request can ask for; nothing here needs them.
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // The default landing page loads Apollo Sandbox from a CDN, which these machines cannot reach.
      ApolloServerPluginLandingPageDisabled(),
      loggingPlugin(),
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

  app.use(
    "/graphql",
    express.json({ limit: bodyLimit }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const requestId = randomUUID();
        res.setHeader("x-request-id", requestId);
        return createContext(knex, logger.child({ requestId, ip: req.ip }), requestId, `anonymous@${req.ip ?? "unknown"}`);
      },
    }),
  );

  const indexFile = path.join(dashboardDir, "index.html");
  app.use(express.static(dashboardDir, { index: false, maxAge: "1h" }));
  // Client-side routes: every other GET gets the dashboard's index page.
  app.use((req, res, next) => {
    if (req.method !== "GET") return next();
    if (!existsSync(indexFile)) {
      res.status(404).type("text/plain").send("The dashboard is not built: run `pnpm build` (the API is at /graphql).");
      return;
    }
    res.sendFile(indexFile);
  });

  return {
    httpServer,
    stop: () => apollo.stop(),
  };
}
