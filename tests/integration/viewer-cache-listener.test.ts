import { createKnex } from "@station/db";
import type { Knex } from "knex";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../server/src/auth/role.ts";
import { startViewerCache } from "../../server/src/auth/viewer-cache.ts";
import { createLogger } from "../../server/src/logger.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

/**
 * The viewer cache's own connection, LISTENing for credential notices: a notice clears the cache,
 * a lost connection stops it keeping anything until it listens again by itself.
 */
let server: TestServer;
let knex: Knex;
beforeAll(async () => {
  server = await startTestServer();
  knex = createKnex({ url: server.databaseUrl, poolMax: 2 });
});
afterAll(async () => {
  await knex?.destroy();
  await server?.close();
});

const viewer = {
  userId: 1,
  username: "listener",
  displayName: "listener",
  roles: [Role.EXECUTIVE],
  unitId: null,
  unitCode: null,
  memberId: null,
  memberName: null,
  via: "token" as const,
};
const listeners = async () =>
  Number(
    (await server.knex.raw("select count(*) as n from pg_stat_activity where datname = current_database() and query ilike 'listen %'")).rows[0].n,
  );

describe("the viewer cache's listener", () => {
  it("is cleared by a notice, stops keeping when its connection is lost, and listens again by itself", async () => {
    const before = await listeners();
    const { cache, started, stop } = startViewerCache(knex, createLogger("silent"));
    await started;
    const keeps = () => {
      cache.put(cache.ticket(), "t:x", { ...viewer, roles: [...viewer.roles] }, null);
      return cache.get("t:x") !== undefined;
    };
    expect(keeps()).toBe(true);
    expect(await listeners()).toBe(before + 1);

    await server.knex.raw("select pg_notify('station_credentials', '')");
    await expect.poll(() => cache.get("t:x"), { interval: 2 }).toBeUndefined();

    // The database ends the listening connection (a restart, an administrator): nothing is kept meanwhile…
    expect(keeps()).toBe(true);
    await server.knex.raw(
      "select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and query ilike 'listen %' and pid <> pg_backend_pid()",
    );
    await expect.poll(() => cache.get("t:x"), { interval: 2 }).toBeUndefined();
    expect(keeps()).toBe(false);
    // …until it listens again, and its notices clear the cache as before.
    await expect.poll(keeps, { interval: 50, timeout: 5000 }).toBe(true);
    await server.knex.raw("select pg_notify('station_credentials', '')");
    await expect.poll(() => cache.get("t:x"), { interval: 2 }).toBeUndefined();

    await stop();
    expect(keeps()).toBe(false);
    await expect.poll(listeners).toBe(before);
  });
});
