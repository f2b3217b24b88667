import { serverAudits } from "graphql-http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/test-server.ts";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

describe("GraphQL over HTTP (graphql-http's server audit)", () => {
  it("passes every MUST of the specification", async () => {
    const results: { id: string; name: string; status: string; reason?: string }[] = [];
    // The audit's requests use introspection (`__type`), which this server answers only for
    // signed-in users; so it runs as a signed-in analyst script would, with a bearer token.
    const token = await server.userWithRoles("http-audit", ["ANALYST"]);
    const fetchFn = (input: RequestInfo | URL, init?: RequestInit) => {
      const headers = new Headers(init?.headers);
      headers.set("authorization", `Bearer ${token}`);
      return fetch(input, { ...init, headers });
    };
    for (const audit of serverAudits({ url: `${server.url}/graphql`, fetchFn })) {
      const result = await audit.fn();
      results.push({ id: audit.id, name: audit.name, status: result.status, reason: "reason" in result ? String(result.reason) : undefined });
    }
    const failedMusts = results.filter((r) => r.name.startsWith("MUST") && r.status !== "ok");
    console.log(
      `graphql-http audit: ${results.length} audits, ${results.filter((r) => r.status === "ok").length} ok, ` +
        `${results.filter((r) => r.status === "warn").length} warnings, ${results.filter((r) => r.status === "error").length} errors`,
    );
    for (const r of results.filter((r) => r.status !== "ok")) console.log(`  ${r.status}: ${r.name} — ${r.reason}`);
    expect(failedMusts).toEqual([]);
  });
});
