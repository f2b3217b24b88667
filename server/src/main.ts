import "reflect-metadata";
import { takeOverShutdownSignals } from "@station/db";
import { createApp } from "./app/create-app.ts";
import { openDatabase } from "./app/database.ts";
import { ConfigError, loadConfig } from "./config.ts";
import { createLogger } from "./logger.ts";

/** Starts everything: configuration, database (embedded by default), API and dashboard. */
async function main(): Promise<void> {
  const started = performance.now();
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  const database = await openDatabase(config, logger);
  const app = await createApp({
    knex: database.knex,
    logger,
    dashboardDir: config.dashboardDir,
    bodyLimit: config.bodyLimit,
    trustProxy: config.trustProxy,
  });
  await new Promise<void>((resolve, reject) => {
    app.httpServer.once("error", reject);
    app.httpServer.listen(config.port, config.host, resolve);
  });
  const address = app.httpServer.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  logger.info(
    { url: `http://localhost:${port}/`, graphql: `http://localhost:${port}/graphql`, startupMs: Math.round(performance.now() - started) },
    "片站绩效考核 is ready",
  );

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    try {
      await app.stop();
      await database.close();
      logger.info("stopped cleanly");
      process.exit(0);
    } catch (error) {
      logger.error({ err: error }, "error while shutting down");
      process.exit(1);
    }
  };
  takeOverShutdownSignals();
  process.on("SIGINT", () => void shutdown("SIGINT"));
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
}

main().catch((error) => {
  console.error("片站绩效考核 failed to start:", error instanceof Error ? error.message : error);
  process.exit(1);
});
