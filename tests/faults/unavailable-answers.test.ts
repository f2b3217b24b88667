import { createKnex, dropDatabase, ensureDatabase, withDatabase } from "@station/db";
import { createApp, createLogger, type RunningApp } from "@station/server";
import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import type { Knex } from "knex";
import { afterAll, describe, expect, inject, it } from "vitest";
import { freePort } from "../e2e/support/server.ts";

/*
 * The HTTP answers of the API when its database fails, from an app whose pool points at a
 * database that cannot serve it: nothing listening (503), every connection busy (503), or tables
 * missing (an unexpected error: 500, or a field error, with the request id either way).
 */

const opened: { app: RunningApp; knex: Knex }[] = [];
const databases: string[] = [];
const adminUrl = inject("adminDatabaseUrl");

afterAll(async () => {
  for (const { app, knex } of opened) {
    await app.stop();
    await knex.destroy();
  }
  for (const name of databases) await dropDatabase(adminUrl, name);
});

async function serve(knex: Knex): Promise<string> {
  const app = await createApp({ knex, logger: createLogger("silent"), dashboardDir: "/nonexistent", bodyLimit: "1mb" });
  await new Promise<void>((resolve) => app.httpServer.listen(0, "127.0.0.1", resolve));
  opened.push({ app, knex });
  return `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}`;
}

/** An empty database on the test server: no tables, so every query of the API fails. */
async function unmigratedDatabaseUrl(): Promise<string> {
  const name = `faults_${randomBytes(5).toString("hex")}`;
  await ensureDatabase(adminUrl, name);
  databases.push(name);
  return withDatabase(adminUrl, name);
}

async function post(url: string, query: string, token?: string) {
  const response = await fetch(`${url}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return {
    status: response.status,
    requestId: response.headers.get("x-request-id"),
    retryAfter: response.headers.get("retry-after"),
    body: await response.json(),
  };
}

/** knex's own warnings (each failed connection attempt) would clutter the test output. */
const quiet = { warn: () => {}, error: () => {} };

const SIGN_IN = `mutation { signIn(username: "nobody", password: "wrong-password") { roles } }`;

describe("a database nobody listens on", () => {
  it("answers 503 DATABASE_UNAVAILABLE with the request id, whether authentication or a resolver reads it", async () => {
    const url = await serve(createKnex({ url: `postgres://postgres:postgres@127.0.0.1:${await freePort()}/none`, log: quiet }));

    const authenticating = await post(url, `{ units { code } }`, "sat_some_token");
    expect(authenticating.status).toBe(503);
    expect(authenticating.retryAfter).toBe("5");
    expect(authenticating.body).toEqual({
      errors: [
        {
          message: expect.stringMatching(/^数据库暂时无法连接.*The database cannot be reached right now/s),
          extensions: { code: "DATABASE_UNAVAILABLE", retryable: true, requestId: authenticating.requestId },
        },
      ],
    });

    const resolving = await post(url, SIGN_IN);
    expect(resolving.status).toBe(503);
    expect(resolving.body.errors).toEqual([
      expect.objectContaining({ path: ["signIn"], extensions: { code: "DATABASE_UNAVAILABLE", retryable: true, requestId: resolving.requestId } }),
    ]);
  });
});

describe("a pool whose every connection is taken", () => {
  it("answers 503 once the acquire timeout passes (knex's pool timeout)", async () => {
    const knex = createKnex({ url: await unmigratedDatabaseUrl(), poolMax: 1, acquireTimeoutMs: 300, log: quiet });
    const url = await serve(knex);
    const transaction = await knex.transaction(); // holds the only connection
    try {
      const answer = await post(url, `{ units { code } }`, "sat_some_token");
      expect(answer.status).toBe(503);
      expect(answer.body.errors[0].extensions).toEqual({ code: "DATABASE_UNAVAILABLE", retryable: true, requestId: answer.requestId });
    } finally {
      await transaction.rollback();
    }
  });
});

describe("an unexpected database error (tables missing)", () => {
  it("answers 500 INTERNAL_SERVER_ERROR with the request id when building the request context fails", async () => {
    const url = await serve(createKnex({ url: await unmigratedDatabaseUrl(), log: quiet }));
    const answer = await post(url, `{ units { code } }`, "sat_some_token");
    expect(answer.status).toBe(500);
    expect(answer.requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(answer.body).toEqual({
      errors: [
        {
          // No Accept-Language: the answer is Chinese first, quoting the request id.
          message: `服务器内部错误。请将请求编号 ${answer.requestId} 告知管理员。`,
          extensions: { code: "INTERNAL_SERVER_ERROR", requestId: answer.requestId },
        },
      ],
    });
  });

  it("masks a resolver's error, with the request id, and answers 200 as GraphQL does for field errors", async () => {
    const url = await serve(createKnex({ url: await unmigratedDatabaseUrl(), log: quiet }));
    const answer = await post(url, SIGN_IN);
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toEqual([
      expect.objectContaining({ path: ["signIn"], extensions: { code: "INTERNAL_SERVER_ERROR", requestId: answer.requestId } }),
    ]);
  });
});
