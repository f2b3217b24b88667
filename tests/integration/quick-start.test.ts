import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { buildClientSchema, getIntrospectionQuery, lexicographicSortSchema, printSchema } from "graphql";
import { chmod, mkdtemp, readFile, rm } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

let dir: string;
let child: ChildProcess;
let port: number;
let output = "";

/**
 * The README's start command as a new user runs it (the dashboard build aside): the server
 * compiled (`pnpm --filter @station/server build`) and started as `pnpm start` does, with its
 * embedded database in an empty directory, then a clean stop.
 */
beforeAll(async () => {
  const build = spawnSync("pnpm", ["--silent", "--filter", "@station/server", "build"], { cwd: repo, encoding: "utf8" });
  expect(build.status, `${build.stdout}${build.stderr}`).toBe(0);
  expect(build.stdout).toMatch(/server compiled to server\/dist\/main\.js/);
  dir = await mkdtemp(path.join(os.tmpdir(), "station-quick-start-"));
  await chmod(dir, 0o755);
  port = await freePort();
  child = spawn("node", ["--enable-source-maps", "server/dist/main.js"], {
    cwd: repo,
    env: {
      ...process.env,
      PORT: String(port),
      EMBEDDED_PG_DATA_DIR: path.join(dir, "pg"),
      EMBEDDED_PG_PORT: String(await freePort()),
      LOG_LEVEL: "info",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${output}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server did not answer within 90 s:\n${output}`);
});

afterAll(async () => {
  if (child && child.exitCode === null) child.kill("SIGKILL");
  await rm(dir, { recursive: true, force: true });
});

describe("the quick start", () => {
  it("serves the five demo units from an empty embedded database to a signed-in demo user", async () => {
    const post = (body: unknown, cookie?: string) =>
      fetch(`http://127.0.0.1:${port}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
        body: JSON.stringify(body),
      });
    const anonymous = await (await post({ query: "{ units { code } }" })).json();
    expect(anonymous.errors[0].extensions.code).toBe("UNAUTHENTICATED");
    const signIn = await post({ query: `mutation { signIn(username: "deputy-gm", password: "executive-demo") { roles } }` });
    expect(await signIn.json()).toEqual({ data: { signIn: { roles: ["EXECUTIVE"] } } });
    const cookie = signIn.headers.get("set-cookie")!.split(";")[0];
    expect(signIn.headers.get("set-cookie")).toMatch(/HttpOnly/i);
    const response = await post({ query: "{ units { code name } years }" }, cookie);
    expect(await response.json()).toEqual({
      data: {
        units: [
          { code: "north", name: "城北管理站" },
          { code: "south", name: "城南管理站" },
          { code: "east", name: "城东管理站" },
          { code: "hall", name: "收费大厅" },
          { code: "collective", name: "集体户收费组" },
        ],
        years: [2025, 2024, 2023],
      },
    });
    // The compiled server's schema is the committed one (decorators compile as under tsx).
    const introspection = await (await post({ query: getIntrospectionQuery() }, cookie)).json();
    const served = printSchema(lexicographicSortSchema(buildClientSchema(introspection.data)));
    expect(served.trim()).toBe((await readFile(path.join(repo, "schema/schema.graphql"), "utf8")).trim());
    // Workbooks out of the bundle (exceljs is loaded on the first one).
    for (const file of ["report.xlsx?year=2025", "revenue.xlsx?year=2025&unit=north"]) {
      const workbook = await fetch(`http://127.0.0.1:${port}/api/export/${file}`, { headers: { cookie } });
      expect(workbook.status, file).toBe(200);
      const bytes = Buffer.from(await workbook.arrayBuffer());
      expect(bytes.subarray(0, 2).toString(), file).toBe("PK");
      expect(bytes.length, file).toBeGreaterThan(2000);
    }
    expect(output).toContain("demo data loaded");
    expect(output).toContain("username: admin"); // the generated first-start password is printed once
  });

  it("stops cleanly on SIGTERM, shutting the embedded database down", async () => {
    const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(output).toContain("stopped cleanly");
  });
});
