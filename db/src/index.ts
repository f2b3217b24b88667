export { createKnex, databaseName, withDatabase, type ConnectionOptions } from "./connection.ts";
export { PREPARE, setPreparedStatements } from "./prepared-statements.ts";
export { dropDatabase, ensureDatabase, startEmbeddedPostgres, takeOverShutdownSignals, type EmbeddedDatabase } from "./embedded.ts";
export { superviseEmbeddedPostgres } from "./embedded-supervisor.ts";
// For the fault tests, which kill and inspect PostgreSQL processes.
export { isRunning, processesIn, readPostmasterLock } from "./postmaster.ts";
export { migrateLatest, rebuildSchema } from "./migrate.ts";
export type * from "./dataset.ts";
// The demo data lives behind "@station/db/demo" so that only what loads it pays for it.
export { MIGRATIONS } from "../migrations/index.ts";
