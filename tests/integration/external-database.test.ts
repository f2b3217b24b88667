import { createKnex, databaseName, dropDatabase, ensureDatabase, MIGRATIONS, withDatabase } from "@station/db";
import { createLogger, loadConfig, openDatabase } from "@station/server";
import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { inject } from "vitest";

const adminUrl = inject("adminDatabaseUrl");
const created: string[] = [];

async function freshDatabaseUrl(): Promise<string> {
  const name = `ext_${randomBytes(5).toString("hex")}`;
  await ensureDatabase(adminUrl, name);
  created.push(name);
  return withDatabase(adminUrl, name);
}

afterAll(async () => {
  for (const name of created) await dropDatabase(adminUrl, name);
});

const logger = createLogger("silent");

describe("DATABASE_URL (an external PostgreSQL)", () => {
  it("migrates but loads no demo data unless asked", async () => {
    const url = await freshDatabaseUrl();
    const database = await openDatabase(loadConfig({ DATABASE_URL: url }), logger);
    try {
      expect(database.embedded).toBe(false);
      expect(await database.knex("units").count({ n: "*" })).toEqual([{ n: 0 }]);
      expect(await database.knex("knex_migrations").count({ n: "*" })).toEqual([{ n: MIGRATIONS.length }]);
    } finally {
      await database.close();
    }
  });

  it("loads the demo years with DEMO_DATA=1, once", async () => {
    const url = await freshDatabaseUrl();
    for (let start = 0; start < 2; start++) {
      const database = await openDatabase(loadConfig({ DATABASE_URL: url, DEMO_DATA: "1" }), logger);
      try {
        const years = await database.knex("contracts").distinct("year").orderBy("year");
        expect(years.map((r) => r.year)).toEqual([2023, 2024, 2025]);
        expect(await database.knex("revenue_records").count({ n: "*" })).toEqual([{ n: 3 * 780 }]);
      } finally {
        await database.close();
      }
    }
    const check = createKnex({ url });
    expect(databaseName(url)).toMatch(/^ext_/);
    expect(await check("units").count({ n: "*" })).toEqual([{ n: 5 }]);
    await check.destroy();
  });
});
