import { describe, expect, it } from "vitest";
import { actionLabel, changeSummary, DEFAULT_LIMIT, detailsSummary, outcomeCodes, parseLimit, parseLogYear, prettyDetails } from "./audit-shape.ts";

describe("audit log helpers", () => {
  it("accepts only offered limits", () => {
    expect(parseLimit("500")).toBe(500);
    expect(parseLimit(null)).toBe(DEFAULT_LIMIT);
    expect(parseLimit("7")).toBe(DEFAULT_LIMIT);
    expect(parseLimit("1e3")).toBe(1000);
  });

  it("reads a year filter, null for all years", () => {
    expect(parseLogYear("2025")).toBe(2025);
    expect(parseLogYear(null)).toBeNull();
    expect(parseLogYear("all")).toBeNull();
  });

  it("splits an outcome into error codes", () => {
    expect(outcomeCodes("OK")).toEqual({ ok: true, codes: [] });
    expect(outcomeCodes("FORBIDDEN,BAD_USER_INPUT")).toEqual({ ok: false, codes: ["FORBIDDEN", "BAD_USER_INPUT"] });
    expect(outcomeCodes("")).toEqual({ ok: false, codes: [""] });
  });

  it("indents JSON details and leaves other text alone", () => {
    expect(prettyDetails('{"a":1}')).toBe('{\n  "a": 1\n}');
    expect(prettyDetails("not json")).toBe("not json");
  });

  it("summarises details by their variables or the sign-in username", () => {
    expect(detailsSummary(JSON.stringify({ operationName: "X", variables: "[hidden: credentials]", requestId: "r" }))).toBe("[hidden: credentials]");
    expect(detailsSummary(JSON.stringify({ variables: { year: 2025, reason: "fix" } }))).toBe('{"year":2025,"reason":"fix"}');
    expect(detailsSummary(JSON.stringify({ variables: "[hidden: credentials]", username: "clerk" }))).toBe("clerk");
    expect(detailsSummary(JSON.stringify({ variables: { text: "x".repeat(200) } }), 20)).toHaveLength(20);
  });
});

describe("what an entry changed", () => {
  it("sums a batch in one line and names the operation in the interface language", () => {
    const batch = {
      kind: "revenue_records",
      inserted: 3,
      duplicates: 1,
      totals: [{ unitCode: "north", group: "VIEWING_FEE", count: 2, amount: "100.30" }],
    };
    expect(changeSummary(batch)).toBe("+3 (=1): north/VIEWING_FEE ×2 100.30");
    expect(changeSummary({ contract: "east", before: { staffCount: 8 }, after: { staffCount: 9 } })).toBe("east: … → …");
    expect(changeSummary({ unit: "west", before: null, after: { code: "west" } })).toBe("west: ∅ → …");
    expect(actionLabel("setContract,submitScore", { setContract: "设置目标责任书", submitScore: "录入评分" })).toBe("设置目标责任书, 录入评分");
    expect(actionLabel("somethingNew", {})).toBe("somethingNew");
    expect(detailsSummary(JSON.stringify({ changes: [batch], variables: { entries: [] } }))).toBe("+3 (=1): north/VIEWING_FEE ×2 100.30");
  });
});
