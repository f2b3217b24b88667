import "reflect-metadata";
import { migrateLatest, rebuildSchema } from "@station/db";
import { loadDemoData } from "@station/db/demo";
import { openDatabase } from "../app/database.ts";
import { createDemoUsers, ensureAdmin } from "../auth/bootstrap.ts";
import { ConfigError, loadConfig } from "../config.ts";
import { createLogger } from "../logger.ts";

/**
 * `pnpm db:migrate` applies pending migrations; `pnpm db:reset` drops every table, migrates and
 * loads the demo data. Both use the server's configuration (embedded database unless
 * DATABASE_URL is set); stop the server first when it runs on the embedded database.
 */
async function run(command: string | undefined): Promise<void> {
  if (command !== "migrate" && command !== "reset") {
    console.error("usage: db.ts migrate|reset");
    process.exit(2);
  }
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  // openDatabase migrates; demo data is loaded below only for reset.
  const database = await openDatabase({ ...config, demoData: "never" }, logger);
  try {
    if (command === "migrate") {
      const applied = await migrateLatest(database.knex);
      logger.info({ applied }, "database is up to date");
    } else {
      await rebuildSchema(database.knex);
      await ensureAdmin(database.knex, config.adminPassword, logger);
      const rows = await loadDemoData(database.knex);
      const demoUsers = await createDemoUsers(database.knex);
      logger.info({ rows, demoUsers }, "database reset and demo data loaded");
    }
  } finally {
    await database.close();
  }
}

run(process.argv[2]).catch((error) => {
  console.error(error instanceof ConfigError ? error.message : `db ${process.argv[2]} failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
