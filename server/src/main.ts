import "reflect-metadata";
import { setPreparedStatements, takeOverShutdownSignals } from "@station/db";
import { createApp, type RunningApp } from "./app/create-app.ts";
import { openDatabase } from "./app/database.ts";
import { ConfigError, loadConfig } from "./config.ts";
import { createLogger } from "./logger.ts";
import { setAppTimeZone } from "./years/today.ts";

/** A stop that takes longer than this is stuck: the process exits anyway, with a failing code. */
const SHUTDOWN_DEADLINE_MS = 20_000;
/** When the database is gone for good, requests in flight can only fail: wait this long for them. */
const GIVE_UP_DRAIN_MS = 5_000;
/** The exit code when the embedded PostgreSQL cannot be restarted, for a service manager to act on. */
const EXIT_DATABASE_LOST = 1;

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
  setAppTimeZone(config.timeZone);
  setPreparedStatements(config.preparedStatements);
  const logger = createLogger(config.logLevel);
  let app: RunningApp | undefined;
  let stopping = false;

  // The supervisor restarted PostgreSQL as often as allowed and it still does not run: exit
  // rather than answer 503 forever, so that systemd, Docker or Kubernetes restarts the service
  // (and whoever looks at the log sees why).
  const databaseLost = (error: Error) => {
    if (stopping) return;
    stopping = true;
    logger.fatal(
      { err: error, exitCode: EXIT_DATABASE_LOST, restartAttempts: config.embedded.restartAttempts },
      "the embedded PostgreSQL could not be restarted; the server exits so that its service manager can restart it",
    );
    const drained = app ? app.stop() : Promise.resolve();
    const deadline = new Promise((resolve) => setTimeout(resolve, GIVE_UP_DRAIN_MS).unref());
    void Promise.race([drained, deadline]).finally(() => process.exit(EXIT_DATABASE_LOST));
  };

  const database = await openDatabase(config, logger, { onEmbeddedGaveUp: databaseLost });
  const runningApp = await createApp({
    knex: database.knex,
    readKnex: database.readKnex,
    logger,
    dashboardDir: config.dashboardDir,
    bodyLimit: config.bodyLimit,
    trustProxy: config.trustProxy,
    allowedOrigins: config.allowedOrigins,
  });
  app = runningApp;
  const httpServer = runningApp.httpServer;
  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", reject);
    httpServer.listen(config.port, config.host, resolve);
  });
  const address = httpServer.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  logger.info(
    { url: `http://localhost:${port}/`, graphql: `http://localhost:${port}/graphql`, startupMs: Math.round(performance.now() - started) },
    "片站绩效考核 is ready",
  );

  // Requests in flight finish first, then the pool closes and the embedded database stops
  // (including while it is down or being restarted: the supervisor gives up its attempts).
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    setTimeout(() => {
      logger.error({ deadlineMs: SHUTDOWN_DEADLINE_MS }, "shutting down took too long; exiting anyway");
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS).unref();
    try {
      await runningApp.stop();
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
