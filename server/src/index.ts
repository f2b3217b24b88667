// What the integration tests and tools import; main.ts is the server's own entry point.
import "reflect-metadata";
export { createApp, type RunningApp } from "./app/create-app.ts";
export { openDatabase } from "./app/database.ts";
export { loadConfig, type Config } from "./config.ts";
export { createLogger } from "./logger.ts";
export { printSortedSchema } from "./schema/build-schema.ts";
