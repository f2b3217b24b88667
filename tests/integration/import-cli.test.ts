import { spawn } from "node:child_process";
import ExcelJS from "exceljs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UPSERT_UNIT } from "../support/operations.ts";
import { xlsxFile } from "../support/spreadsheets.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

/**
 * `pnpm run import FILE --kind revenue [--dry-run] [--json]` as a process against a real
 * PostgreSQL (DATABASE_URL): the same service as POST /api/import, its report as JSON, exit 0
 * when stored, 1 when rows are invalid (nothing stored), 2 for a file it cannot use.
 */
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
let server: TestServer;
let dir: string;

beforeAll(async () => {
  server = await startTestServer();
  expect((await server.gql(UPSERT_UNIT, { input: { code: "north", name: "城北管理站", kind: "STATION" } })).errors).toBeUndefined();
  dir = await mkdtemp(path.join(os.tmpdir(), "station-import-cli-"));
});
afterAll(async () => {
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

function runCli(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn("node", ["--import", "tsx", "server/src/cli/import.ts", ...args], {
      cwd: repo,
      env: { ...process.env, DATABASE_URL: server.databaseUrl, DEMO_DATA: "0", LOG_LEVEL: "silent", INIT_CWD: dir },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

const count = async () => Number((await server.knex("revenue_records").count({ n: "*" }).first())!.n);
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("pnpm run import", () => {
  it("checks with --dry-run --json, storing nothing, then imports, and says so when the file comes again", async () => {
    const file = path.join(dir, "三月上解.xlsx");
    await writeFile(
      file,
      await xlsxFile([
        {
          name: "明细",
          rows: [
            ["2025年3月分类明细帐"],
            ["单位", "日期", "类别", "金额", "凭证号"],
            ["城北管理站", day("2025-03-03"), "收视费", 1234.5, "CLI-1"],
            ["城北站", day("2025-03-04"), "老欠费", "2,000.00", "CLI-2"],
          ],
        },
      ]),
    );
    const check = await runCli(["三月上解.xlsx", "--kind", "revenue", "--dry-run", "--json"]);
    expect(check.code, check.stderr).toBe(0);
    const report = JSON.parse(check.stdout);
    expect(report).toMatchObject({ kind: "revenue", fileName: "三月上解.xlsx", rows: 2, valid: 2, inserted: 0 });
    expect(report.totals).toEqual(
      expect.arrayContaining([
        { unitCode: "north", category: "VIEWING_FEE", count: 1, amount: "1234.50" },
        { unitCode: "north", category: "ARREARS", count: 1, amount: "2000.00" },
      ]),
    );
    expect(await count()).toBe(0);

    const store = await runCli([file, "--kind", "revenue"]);
    expect(store.code, store.stderr).toBe(0);
    expect(store.stdout).toContain("三月上解.xlsx");
    expect(await count()).toBe(2);
    const logged = await server.knex("audit_log").whereRaw("details->>'fileName' = ?", ["三月上解.xlsx"]).select("actor", "details");
    expect(logged).toHaveLength(1);
    expect(logged[0].details).toMatchObject({ kind: "revenue", rows: 2, inserted: 2 });

    const again = await runCli([file, "--kind", "revenue", "--language", "en"]);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("This file was imported on");
    expect(await count()).toBe(2);
  });

  it("reads every Chinese label of a large streamed workbook intact (characters split across chunks)", async () => {
    // Inline strings, as finance's exports and exceljs' streaming writer write them: 6,000 rows of
    // Chinese text span many inflated chunks, so some character always straddles two of them.
    const file = path.join(dir, "全年上解.xlsx");
    const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false });
    const sheet = writer.addWorksheet("分类明细帐");
    sheet.addRow(["单位", "日期", "类别", "金额", "凭证号"]).commit();
    const labels = ["收视费", "稽查费", "老欠费"];
    for (let i = 0; i < 6000; i++) sheet.addRow(["城北管理站", day("2025-05-06"), labels[i % 3], 10, `BIG-${i}`]).commit();
    sheet.commit();
    await writer.commit();
    const result = await runCli([file, "--kind", "revenue", "--dry-run", "--json"]);
    expect(result.code, result.stdout.slice(0, 2000)).toBe(0);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ rows: 6000, valid: 6000, invalid: [] });
    expect(report.totals.map((t: { count: number }) => t.count)).toEqual([2000, 2000, 2000]);
  });

  it("exits 1 naming the bad row when a row is invalid, and stores nothing", async () => {
    const file = path.join(dir, "bad.csv");
    await writeFile(
      file,
      "\uFEFF单位,日期,类别,金额,凭证号\r\n城北管理站,2025-03-05,收视费,100.00,CLI-3\r\n城北管理站,2025-13-45,收视费,100.00,CLI-4\r\n",
    );
    const result = await runCli([file, "--kind", "revenue", "--json"]);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report.invalid).toEqual([expect.objectContaining({ row: 3, column: "B", value: "2025-13-45" })]);
    expect(await count()).toBe(2);
  });

  it("exits 2 with a clear message for a missing file, a file that is no spreadsheet, and a wrong kind", async () => {
    const missing = await runCli(["nowhere.xlsx", "--kind", "revenue"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("找不到文件");
    const junk = path.join(dir, "junk.csv");
    await writeFile(junk, Buffer.from([0, 159, 146, 150, 0, 1, 2, 3, 255, 254]));
    const binary = await runCli([junk, "--kind", "revenue"]);
    expect(binary.code).toBe(2);
    expect(binary.stderr.trim().length).toBeGreaterThan(0);
    const kind = await runCli([junk, "--kind", "salaries"]);
    expect(kind.code).toBe(2);
    expect(kind.stderr).toContain("--kind must be one of");
    expect(await count()).toBe(2);
  });
});
