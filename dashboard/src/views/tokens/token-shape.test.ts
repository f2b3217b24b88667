import { describe, expect, it } from "vitest";
import { checkTokenName, curlExample, sortTokens } from "./token-shape.ts";

describe("api token helpers", () => {
  it("lists working tokens first, newest first", () => {
    const tokens = [
      { id: "1", name: "old", createdAt: "2025-01-01T08:00:00.000Z", revokedAt: null },
      { id: "2", name: "revoked", createdAt: "2025-06-01T08:00:00.000Z", revokedAt: "2025-06-02T08:00:00.000Z" },
      { id: "3", name: "new", createdAt: "2025-03-01T08:00:00.000Z", revokedAt: null },
    ];
    expect(sortTokens(tokens).map((t) => t.name)).toEqual(["new", "old", "revoked"]);
  });

  it("checks a name like the server", () => {
    expect(checkTokenName("  ")).toBe("required");
    expect(checkTokenName("报表脚本")).toBeNull();
    expect(checkTokenName("名".repeat(100))).toBeNull();
    expect(checkTokenName("x".repeat(101))).toBe("tooLong");
  });

  it("builds the curl example with the secret and the page's origin", () => {
    expect(curlExample("sat_abc", "http://127.0.0.1:4300/")).toBe(
      `curl -H "Authorization: Bearer sat_abc" -H "content-type: application/json" -d '{"query":"{ units { code } }"}' http://127.0.0.1:4300/graphql`,
    );
  });
});
