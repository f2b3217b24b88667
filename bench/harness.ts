import "reflect-metadata";
import { createKnex, dropDatabase, ensureDatabase, migrateLatest, startEmbeddedPostgres, withDatabase } from "@station/db";
import { createApp, createLogger } from "@station/server";
import type { Knex } from "knex";
import { createHash, randomBytes } from "node:crypto";
import { chmod, mkdtemp, rm, writeFile } from "node:fs/promises";
import http from "node:http";
import { Session } from "node:inspector";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";

/**
 * A real server on a real port over a fresh database: a throw-away embedded PostgreSQL, or the
 * server behind BENCH_DATABASE_URL (a user allowed to create databases) when it is set.
 */
export interface BenchServer {
  knex: Knex;
  /** The bench database, for a server started as its own process on it (server-process.ts). */
  databaseUrl: string;
  /** http://127.0.0.1:PORT, and an administrator's API token for it. */
  url: string;
  token: string;
  gql(query: string, variables?: Record<string, unknown>): Promise<any>;
  /**
   * The same request, timed as the server's work: to the last byte of the answer, uncompressed,
   * without decoding or parsing it here (the bench's client shares this process with the
   * server, and parsing a 14.6 MB answer would be counted as the server's time). Refuses an
   * answer with errors (Apollo writes `errors` before `data`). Resolves to its size in bytes.
   */
  post(query: string, variables?: Record<string, unknown>): Promise<number>;
  close(): Promise<void>;
}

export async function startBenchServer(): Promise<BenchServer> {
  let adminUrl = process.env.BENCH_DATABASE_URL;
  let stopEmbedded = async () => {};
  if (!adminUrl) {
    const dir = await mkdtemp(path.join(os.tmpdir(), "station-bench-pg-"));
    await chmod(dir, 0o755);
    const embedded = await startEmbeddedPostgres({
      dataDir: path.join(dir, "data"),
      port: 54400 + Math.floor(Math.random() * 500),
      database: "postgres",
    });
    adminUrl = embedded.url;
    stopEmbedded = async () => {
      await embedded.stop();
      await rm(dir, { recursive: true, force: true });
    };
  }
  const name = `bench_${Date.now()}`;
  await ensureDatabase(adminUrl, name);
  const databaseUrl = withDatabase(adminUrl, name);
  const knex = createKnex({ url: databaseUrl, poolMax: 10 });
  await migrateLatest(knex);
  const app = await createApp({ knex, logger: createLogger("warn"), dashboardDir: "/nonexistent", bodyLimit: "1mb" });
  await new Promise<void>((resolve) => app.httpServer.listen(0, "127.0.0.1", resolve));
  const { port } = app.httpServer.address() as AddressInfo;
  const token = await benchToken(knex);
  return {
    knex,
    databaseUrl,
    url: `http://127.0.0.1:${port}`,
    token,
    async gql(query, variables) {
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as { errors?: unknown[] };
      if (body.errors) throw new Error(JSON.stringify(body.errors).slice(0, 2000));
      return body;
    },
    post(query, variables) {
      return postRaw(port, token, JSON.stringify({ query, variables }));
    },
    async close() {
      await app.stop();
      await knex.destroy();
      await dropDatabase(adminUrl!, name);
      await stopEmbedded();
    },
  };
}

/** BenchServer.post's request to any server's /graphql on this machine (one started as its own process too). */
export function postRaw(port: number, token: string, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        host: "127.0.0.1",
        port,
        path: "/graphql",
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      },
      (response) => {
        let bytes = 0;
        let head = "";
        response.on("data", (chunk: Buffer) => {
          if (bytes === 0) head = chunk.subarray(0, 16).toString("latin1");
          bytes += chunk.length;
        });
        response.on("end", () =>
          response.statusCode === 200 && head.startsWith('{"data"') ? resolve(bytes) : reject(new Error(`HTTP ${response.statusCode}: ${head}…`)),
        );
        response.on("error", reject);
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}

/** An administrator's API token, written straight into the fresh database. */
export async function benchToken(knex: Knex): Promise<string> {
  const [user] = await knex("users")
    .insert({ username: "bench", display_name: "bench", password_hash: "unused", roles: ["ADMIN"] })
    .returning("id");
  const token = `sat_bench_${randomBytes(24).toString("base64url")}`;
  await knex("api_tokens").insert({
    user_id: user.id,
    name: "bench",
    token_hash: createHash("sha256").update(token).digest("hex"),
    prefix: token.slice(0, 10),
  });
  return token;
}

/** The middle value (the upper middle of an even count); the values are not reordered. */
export const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Runs `work` `runs` times and reports min / median / max in milliseconds. */
export async function measure(label: string, runs: number, work: () => Promise<unknown>): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  const sorted = [...times].sort((a, b) => a - b);
  const fmt = (ms: number) => `${ms.toFixed(1)} ms`;
  console.log(
    `${label}: median ${fmt(sorted[Math.floor(sorted.length / 2)])}, min ${fmt(sorted[0])}, max ${fmt(sorted[sorted.length - 1])} (${runs} runs)`,
  );
  return times;
}

/** A CPU profile of this process (the server runs in it) written to `dir`, or nothing without one. */
export async function startProfile(dir: string | undefined): Promise<{ stop(): Promise<void> }> {
  if (!dir) return { stop: async () => {} };
  const session = new Session();
  session.connect();
  const call = (method: string) =>
    new Promise<any>((resolve, reject) => session.post(method, (error, result) => (error ? reject(error) : resolve(result))));
  await call("Profiler.enable");
  await call("Profiler.start");
  return {
    async stop() {
      const { profile } = await call("Profiler.stop");
      const file = path.join(dir, `profile-${Date.now()}.cpuprofile`);
      await writeFile(file, JSON.stringify(profile));
      console.log(`CPU profile: ${file}`);
      session.disconnect();
    },
  };
}
