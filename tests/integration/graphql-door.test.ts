import http from "node:http";
import { gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../support/test-server.ts";

/**
 * /graphql has its own door beside Express (server/src/app/graphql-door.ts): what Express's
 * middlewares did for it must still hold — the body limit, JSON and encodings, the request id,
 * security headers, compression, the client's address and HTTPS behind a trusted proxy.
 */
let server: TestServer;
let token: string;

beforeAll(async () => {
  server = await startTestServer({ trustProxy: true });
  token = await server.userWithRoles("door-admin", ["ADMIN"]);
});
afterAll(() => server?.close());

interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** A request whose answer is left as sent (fetch would decompress it and hide the encoding). */
function raw(path: string, options: { method?: string; headers?: Record<string, string>; body?: Buffer | string } = {}): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const request = http.request(`${server.url}${path}`, { method: options.method ?? "POST", headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    request.on("error", reject);
    request.end(options.body);
  });
}

const json = { "content-type": "application/json", authorization: "" };
const signedIn = () => ({ ...json, authorization: `Bearer ${token}` });
const bodyOf = (answer: RawAnswer) => JSON.parse(answer.body.toString("utf8"));

describe("the /graphql door", () => {
  it("answers with a request id and the same security headers as the dashboard", async () => {
    const answer = await raw("/graphql", { headers: signedIn(), body: JSON.stringify({ query: "{ years }" }) });
    const page = await raw("/", { method: "GET" });
    expect(answer.status).toBe(200);
    expect(answer.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
    for (const header of ["content-security-policy", "x-content-type-options", "x-frame-options", "referrer-policy", "cross-origin-opener-policy"]) {
      expect(answer.headers[header], header).toBeDefined();
      expect(answer.headers[header], header).toBe(page.headers[header]);
    }
    expect(answer.headers["x-powered-by"]).toBeUndefined();
    expect(Number(answer.headers["content-length"])).toBe(answer.body.length);
  });

  it("compresses a large answer for a caller that accepts gzip, and leaves small ones alone", async () => {
    const query = "{ __schema { types { name description fields { name description args { name description } } } } }";
    const large = await raw("/graphql", { headers: { ...signedIn(), "accept-encoding": "gzip" }, body: JSON.stringify({ query }) });
    expect(large.headers["content-encoding"]).toBe("gzip");
    const text = gunzipSync(large.body).toString("utf8");
    expect(text.length).toBeGreaterThan(32 * 1024);
    expect(JSON.parse(text).data.__schema.types.length).toBeGreaterThan(50);
    const small = await raw("/graphql", { headers: { ...signedIn(), "accept-encoding": "gzip" }, body: JSON.stringify({ query: "{ years }" }) });
    expect(small.headers["content-encoding"]).toBeUndefined();
  });

  it("takes a gzip-compressed request body, and refuses one that does not inflate or an unknown encoding", async () => {
    const body = gzipSync(JSON.stringify({ query: "{ viewer { username } }" }));
    const inflated = await raw("/graphql", { headers: { ...signedIn(), "content-encoding": "gzip" }, body });
    expect(bodyOf(inflated).data.viewer.username).toBe("door-admin");
    const broken = await raw("/graphql", { headers: { ...signedIn(), "content-encoding": "gzip" }, body: "not gzip at all" });
    expect(broken.status).toBe(400);
    expect(bodyOf(broken).errors[0].message).toMatch(/gzip/);
    const unknown = await raw("/graphql", { headers: { ...signedIn(), "content-encoding": "zstd" }, body: "{}" });
    expect(unknown.status).toBe(415);
    expect(bodyOf(unknown).errors[0].message).toMatch(/zstd/);
  });

  it("refuses a body over the limit and one that is not JSON, in the caller's language", async () => {
    const padding = "x".repeat(1024 * 1024 + 10);
    const tooLarge = await raw("/graphql", {
      headers: { ...signedIn(), "accept-language": "zh-CN" },
      body: JSON.stringify({ query: "{ years }", padding }),
    });
    expect(tooLarge.status).toBe(413);
    expect(bodyOf(tooLarge).errors[0]).toEqual({ message: "请求体超过 1mb", extensions: { code: "PAYLOAD_TOO_LARGE" } });
    // Streamed without a length: refused all the same once the limit is passed.
    const chunked = await raw("/graphql", { headers: { ...signedIn(), "transfer-encoding": "chunked" }, body: `{"query":"${padding}"}` });
    expect(chunked.status).toBe(413);
    const notJson = await raw("/graphql", { headers: { ...signedIn(), "accept-language": "en" }, body: "{ query: nope" });
    expect(notJson.status).toBe(400);
    expect(bodyOf(notJson).errors[0]).toEqual({ message: "The request body is not valid JSON", extensions: { code: "BAD_REQUEST" } });
  });

  it("answers at /graphql/ and with a query string, and leaves other paths to the dashboard", async () => {
    const slash = await raw("/graphql/", { headers: signedIn(), body: JSON.stringify({ query: "{ years }" }) });
    expect(bodyOf(slash).data.years).toBeInstanceOf(Array);
    const get = await raw(`/graphql?query=${encodeURIComponent("{ viewer { username } }")}`, {
      method: "GET",
      headers: { authorization: `Bearer ${token}`, "apollo-require-preflight": "true" },
    });
    expect(bodyOf(get).data.viewer.username).toBe("door-admin");
    const other = await raw("/graphqlx", { method: "GET" });
    expect(other.headers["content-type"]).not.toMatch(/json/);
  });

  it("sets the session cookie Secure when a trusted proxy says the request came over HTTPS", async () => {
    await server.gql(
      `mutation { createUser(input: { username: "door-user", displayName: "门", password: "door-user-password", roles: [COMMITTEE], memberName: "committee1" }) { username } }`,
    );
    const signIn = (headers: Record<string, string>) =>
      raw("/graphql", {
        headers: { "content-type": "application/json", ...headers },
        body: JSON.stringify({ query: `mutation { signIn(username: "door-user", password: "door-user-password") { username } }` }),
      });
    const https = await signIn({ "x-forwarded-proto": "https", "x-forwarded-for": "10.9.0.1" });
    expect(bodyOf(https).data.signIn.username).toBe("door-user");
    expect(String(https.headers["set-cookie"])).toMatch(/; Secure/);
    const plain = await signIn({ "x-forwarded-for": "10.9.0.2" });
    expect(String(plain.headers["set-cookie"])).not.toMatch(/Secure/);
    // The sign-ins are remembered under the forwarded addresses, not the proxy's.
    const known = await server
      .knex("known_sign_in_addresses as k")
      .join("users as u", "u.id", "k.user_id")
      .where("u.username", "door-user")
      .orderBy("k.address")
      .pluck("k.address");
    expect(known).toEqual(["10.9.0.1", "10.9.0.2"]);
  });
});
