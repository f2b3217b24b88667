import { describe, expect, it } from "vitest";
import { importUrl, readAnswer } from "./import-upload.ts";

describe("import upload", () => {
  it("asks for a check or an import, with the sheet and, for contracts and the §9 registers, the year", () => {
    expect(importUrl({ kind: "revenue", dryRun: true })).toBe("/api/import?kind=revenue&dryRun=true");
    expect(importUrl({ kind: "revenue", dryRun: false, sheet: "2025年", year: 2025 })).toBe(
      `/api/import?kind=revenue&dryRun=false&sheet=${encodeURIComponent("2025年")}`,
    );
    expect(importUrl({ kind: "contracts", dryRun: true, year: 2026 })).toBe("/api/import?kind=contracts&dryRun=true&year=2026");
    expect(importUrl({ kind: "arrears", dryRun: false, year: 2025 })).toBe("/api/import?kind=arrears&dryRun=false&year=2025");
    expect(importUrl({ kind: "households", dryRun: true, year: 2025 })).toBe("/api/import?kind=households&dryRun=true&year=2025");
  });

  it("reads a report, a report with rows to fix, and a refusal", () => {
    const report = { kind: "revenue", rows: 3, invalid: [], conflicts: [] };
    expect(readAnswer(200, JSON.stringify(report))).toMatchObject({ ok: true, status: 200, report: { rows: 3 } });
    expect(readAnswer(422, JSON.stringify(report))).toMatchObject({ ok: false, status: 422, report: { rows: 3 } });
    expect(readAnswer(415, JSON.stringify({ errors: [{ message: "不是 .xlsx 或 .csv 文件" }] }))).toEqual({
      ok: false,
      status: 415,
      report: null,
      message: "不是 .xlsx 或 .csv 文件",
    });
    // No recognised header row: the columns and fields come along for the column-mapping step.
    const columns = [{ column: "A", header: "网点", field: null }];
    const fields = [{ field: "unitCode", required: true, headers: ["单位"] }];
    expect(
      readAnswer(422, JSON.stringify({ errors: [{ message: "没有找到表头", extensions: { code: "UNPROCESSABLE_FILE", columns, fields } }] })),
    ).toEqual({
      ok: false,
      status: 422,
      report: null,
      message: "没有找到表头",
      mappable: { columns, fields },
    });
    expect(readAnswer(502, "<html>bad gateway</html>")).toMatchObject({ ok: false, report: null, message: "HTTP 502" });
  });
});
