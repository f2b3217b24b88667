import { createKnex } from "@station/db";
import type { Knex } from "knex";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
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

  it("keeps viewers across its heartbeats, and stops keeping when its own notices do not come back", async () => {
    const heard = startViewerCache(knex, createLogger("silent"), { heartbeatMs: 50 });
    await heard.started;
    heard.cache.put(heard.cache.ticket(), "t:x", { ...viewer, roles: [...viewer.roles] }, null);
    await new Promise((resolve) => setTimeout(resolve, 400)); // several heartbeats, each heard
    expect(heard.cache.get("t:x")?.username).toBe("listener");
    await heard.stop();

    // Its heartbeats sent to another database stand for a connection that hears nothing (a pooler in transaction mode).
    const elsewhere = createKnex({ url: inject("adminDatabaseUrl"), poolMax: 1 });
    const deaf = startViewerCache(knex, createLogger("silent"), { heartbeatMs: 50, heartbeatKnex: elsewhere });
    try {
      await deaf.started;
      const keeps = () => {
        deaf.cache.put(deaf.cache.ticket(), "t:y", { ...viewer, roles: [...viewer.roles] }, null);
        return deaf.cache.get("t:y") !== undefined;
      };
      expect(keeps()).toBe(true);
      await expect.poll(() => deaf.cache.get("t:y"), { interval: 5, timeout: 2000 }).toBeUndefined();
    } finally {
      await deaf.stop();
      await elsewhere.destroy();
    }
  });
});
