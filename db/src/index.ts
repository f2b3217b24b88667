export { createKnex, databaseName, withDatabase, type ConnectionOptions } from "./connection.ts";
export { dropDatabase, ensureDatabase, startEmbeddedPostgres, takeOverShutdownSignals, type EmbeddedDatabase } from "./embedded.ts";
export { migrateLatest, rebuildSchema } from "./migrate.ts";
export type * from "./dataset.ts";
// The demo data lives behind "@station/db/demo" so that only what loads it pays for it.
export { MIGRATIONS } from "../migrations/index.ts";
