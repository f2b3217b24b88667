import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/test-server.ts";

/** How the server hands out the built dashboard: compressed, hashed assets cached, index revalidated. */
let server: TestServer;
let dashboardDir: string;
// Repetitive, like real bundles: compresses well.
const script = `export const rows = [${Array.from({ length: 4000 }, (_, i) => `{ unit: "north", month: ${i % 12} }`).join(",")}];\n`;

beforeAll(async () => {
  dashboardDir = await mkdtemp(path.join(os.tmpdir(), "station-dashboard-"));
  await mkdir(path.join(dashboardDir, "assets"));
  await writeFile(path.join(dashboardDir, "index.html"), '<!doctype html><script type="module" src="/assets/index-Abc123.js"></script>');
  await writeFile(path.join(dashboardDir, "assets/index-Abc123.js"), script);
  server = await startTestServer({ dashboardDir });
});

afterAll(async () => {
  await server?.close();
  await rm(dashboardDir, { recursive: true, force: true });
});

/** A GET that leaves the body as sent (fetch would decompress it). */
function rawGet(url: string, headers: Record<string, string>): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      })
      .on("error", reject);
  });
}

describe("serving the dashboard", () => {
  it("sends hashed assets gzip-compressed and cacheable for a year", async () => {
    const response = await rawGet(`${server.url}/assets/index-Abc123.js`, { "accept-encoding": "gzip" });
    expect(response.status).toBe(200);
    expect(response.headers["content-encoding"]).toBe("gzip");
    expect(response.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
    const body = response.body;
    expect(body.length).toBeLessThan(script.length / 10);
    expect(gunzipSync(body).toString()).toBe(script);
  });

  it("revalidates the index page, which every client-side route returns", async () => {
    for (const route of ["/", "/assessment", "/trends?year=2024&unit=east"]) {
      const response = await fetch(server.url + route);
      expect(response.status).toBe(200);
      expect(response.headers.get("cache-control")).toBe("no-cache");
      expect(await response.text()).toContain("/assets/index-Abc123.js");
    }
  });

  it("answers a missing asset with 404, not with the index page", async () => {
    const response = await fetch(`${server.url}/assets/index-Old999.js`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain("<script");
  });
});
