import iconv from "iconv-lite";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { RECORD_REVENUE, UPSERT_UNIT } from "../support/operations.ts";
import { upload, xlsxFile } from "../support/spreadsheets.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

/**
 * POST /api/import over real HTTP against a real PostgreSQL: finance's weekly sheet (分类明细帐)
 * with a title row, Chinese headers, unit names and Excel dates is checked, fixed and imported;
 * bad requests are refused with a clear error and store nothing.
 */
let server: TestServer;
let clerk: string;

beforeAll(async () => {
  server = await startTestServer();
  for (const [code, name] of [
    ["north", "城北管理站"],
    ["south", "城南管理站"],
  ]) {
    expect((await server.gql(UPSERT_UNIT, { input: { code, name, kind: "STATION" } })).errors).toBeUndefined();
  }
  clerk = await server.userWithRoles("import-clerk", ["CLERK"]);
});
afterAll(() => server?.close());
beforeEach(async () => {
  await server.knex("revenue_records").del();
  await server.knex("callbacks").del();
});

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const HEADER = ["单位", "日期", "类别", "金额", "凭证号"];
const TITLE = ["2025年第10周分类明细帐"];
const count = async (table: string) => Number((await server.knex(table).count({ n: "*" }).first())!.n);

function financeSheet(overrides: { badAmount?: boolean; conflict?: boolean } = {}) {
  return xlsxFile([
    { name: "说明", rows: [["本表由财务科导出"]] },
    {
      name: "明细",
      merges: ["A1:E1"],
      formats: { B: "yyyy-mm-dd" },
      rows: [
        TITLE,
        HEADER,
        ["城北站", day("2025-03-03"), "收视费", 1234.5, "FIN-001"],
        ["城北管理站", "2025/3/4", "稽查费", "1,000.00", "FIN-002"],
        ["south", 45721, "老欠费", "88", "FIN-003"], // 45721 = 2025-03-05 as an Excel serial
        ["城南", "2025年3月6日", "VIEWING_FEE", overrides.badAmount ? "一千" : "2,500.25", "FIN-004"],
        ["城南管理站", "2025.3.7", "收视费", 300, overrides.conflict ? "FIN-001" : "FIN-005"],
        ["合计", null, null, 5122.75, null],
      ],
    },
  ]);
}

describe("a finance workbook, checked then imported", () => {
  it("reports the bad row and the conflict with sheet, row, column and reason, and stores nothing", async () => {
    const { status, body } = await upload(server, clerk, {
      kind: "revenue",
      dryRun: true,
      file: await financeSheet({ badAmount: true, conflict: true }),
      fileName: "第10周.xlsx",
      token: clerk,
      language: "zh",
    });
    expect(status).toBe(422);
    expect(body.sheet).toBe("明细");
    expect(body.sheets).toEqual(["说明", "明细"]);
    expect(body.rows).toBe(5);
    expect(body.invalid).toEqual([
      { sheet: "明细", row: 6, column: "D", field: "amount", value: "一千", code: "NOT_MONEY", reason: expect.stringContaining("不是金额") },
    ]);
    expect(body.conflicts).toEqual([{ row: 7, reference: "FIN-001", code: "CONFLICTS_IN_FILE", reason: expect.stringContaining("第 3 行") }]);
    expect(body.conflicts[0].reason).toContain("300");
    expect(body.inserted).toBe(0);
    expect(await count("revenue_records")).toBe(0);
  });

  it("imports the fixed file in one go, logs it, and stores nothing when the same file comes again", async () => {
    const file = await financeSheet();
    const checked = await upload(server, clerk, { kind: "revenue", dryRun: true, file, fileName: "第10周.xlsx", token: clerk });
    expect(checked.status).toBe(200);
    expect(checked.body.totals).toEqual([
      { unitCode: "north", category: "INSPECTION_FEE", count: 1, amount: "1000.00" },
      { unitCode: "north", category: "VIEWING_FEE", count: 1, amount: "1234.50" },
      { unitCode: "south", category: "ARREARS", count: 1, amount: "88.00" },
      { unitCode: "south", category: "VIEWING_FEE", count: 2, amount: "2800.25" },
    ]);
    expect(await count("revenue_records")).toBe(0);

    const imported = await upload(server, clerk, { kind: "revenue", dryRun: false, file, fileName: "第10周.xlsx", token: clerk });
    expect(imported.status).toBe(200);
    expect(imported.body).toMatchObject({ stored: true, inserted: 5, duplicateCount: 0, alreadyImported: null });
    const stored = await server
      .knex("revenue_records as r")
      .join("units as u", "u.id", "r.unit_id")
      .orderBy("reference")
      .select("u.code", "r.record_date", "r.category", "r.amount", "r.reference");
    expect(stored).toEqual([
      { code: "north", record_date: "2025-03-03", category: "VIEWING_FEE", amount: "1234.50", reference: "FIN-001" },
      { code: "north", record_date: "2025-03-04", category: "INSPECTION_FEE", amount: "1000.00", reference: "FIN-002" },
      { code: "south", record_date: "2025-03-05", category: "ARREARS", amount: "88.00", reference: "FIN-003" },
      { code: "south", record_date: "2025-03-06", category: "VIEWING_FEE", amount: "2500.25", reference: "FIN-004" },
      { code: "south", record_date: "2025-03-07", category: "VIEWING_FEE", amount: "300.00", reference: "FIN-005" },
    ]);
    const audit = await server.knex("audit_log").where({ action: "IMPORT" }).first("actor", "details");
    expect(audit).toMatchObject({ actor: "import-clerk", details: { kind: "revenue", fileName: "第10周.xlsx", rows: 5, inserted: 5 } });
    expect(audit.details.sha256).toMatch(/^[0-9a-f]{64}$/);
    const listed = await server.gqlAs(clerk, "{ imports { fileName kind inserted sha256 } }");
    expect(listed.data.imports[0]).toEqual({ fileName: "第10周.xlsx", kind: "revenue", inserted: 5, sha256: audit.details.sha256 });

    const again = await upload(server, clerk, { kind: "revenue", dryRun: false, file, fileName: "第10周.xlsx", token: clerk });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ inserted: 0, duplicateCount: 5, alreadyImported: { actor: "import-clerk", inserted: 5 } });
    expect(await count("revenue_records")).toBe(5);
  });

  it("refuses a reference stored with other content as a conflict, never skipping it silently", async () => {
    await server.gql(RECORD_REVENUE, {
      entries: [{ unitCode: "north", date: "2025-03-03", category: "VIEWING_FEE", amount: "999.00", reference: "FIN-001" }],
    });
    const { status, body } = await upload(server, clerk, {
      kind: "revenue",
      dryRun: false,
      file: await financeSheet(),
      fileName: "w10.xlsx",
      token: clerk,
    });
    expect(status).toBe(422);
    expect(body.conflicts).toEqual([
      {
        row: 3,
        reference: "FIN-001",
        code: "CONFLICTS_STORED",
        reason: '"FIN-001" is already stored with different content (amount: 1234.50 ≠ 999.00)',
      },
    ]);
    expect(await count("revenue_records")).toBe(1);
  });

  it("imports a linked correction (冲红) of a receipt earlier in the same file", async () => {
    const file = await xlsxFile([
      {
        name: "Sheet1",
        rows: [
          ["unit", "date", "category", "amount", "reference", "corrects"],
          ["north", "2025-04-01", "VIEWING_FEE", 500, "R-A", ""],
          ["north", "2025-04-02", "VIEWING_FEE", -200, "R-A-FIX", "R-A"],
          ["north", "2025-04-03", "VIEWING_FEE", -400, "R-A-FIX2", "R-A"],
        ],
      },
    ]);
    const refused = await upload(server, clerk, { kind: "revenue", dryRun: true, file, fileName: "fix.xlsx", token: clerk });
    expect(refused.status).toBe(422);
    expect(refused.body.invalid).toEqual([
      expect.objectContaining({
        row: 4,
        field: "amount",
        code: "CORRECTION_EXCEEDS",
        reason: "the corrections (600.00) would exceed the original amount (500.00)",
      }),
    ]);
    const fixed = await xlsxFile([
      {
        name: "Sheet1",
        rows: [
          ["unit", "date", "category", "amount", "reference", "corrects"],
          ["north", "2025-04-01", "VIEWING_FEE", 500, "R-A", ""],
          ["north", "2025-04-02", "VIEWING_FEE", -200, "R-A-FIX", "R-A"],
        ],
      },
    ]);
    expect((await upload(server, clerk, { kind: "revenue", dryRun: false, file: fixed, fileName: "fix.xlsx", token: clerk })).body.inserted).toBe(2);
    const listed = await server.gql(
      `{ revenueRecords(filter: { year: 2025, net: true }) { totalCount sum edges { node { reference netAmount correctedBy } } } }`,
    );
    expect(listed.data.revenueRecords).toEqual({
      totalCount: 1,
      sum: "300.00",
      edges: [{ node: { reference: "R-A", netAmount: "300.00", correctedBy: ["R-A-FIX"] } }],
    });
  });
});

describe("CSV files", () => {
  it("reads GB18030 (Chinese Excel on Windows) with amounts in 万元 and callbacks by Chinese label", async () => {
    const text = "单位,回访日期,回访结果,工单号\r\n城北站,2025-05-01,满意,HF-1\r\n城南站,2025/5/2,基本满意,HF-2\r\n城南站,2025/5/3,不满意,HF-3\r\n";
    const { status, body } = await upload(server, clerk, {
      kind: "callbacks",
      dryRun: false,
      file: iconv.encode(text, "gb18030"),
      fileName: "回访.csv",
      token: clerk,
    });
    expect(status).toBe(200);
    expect(body.inserted).toBe(3);
    expect(await server.knex("callbacks").orderBy("reference").pluck("outcome")).toEqual(["SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED"]);

    const wan = "\ufeff单位,日期,类别,金额(万元),凭证号\r\nnorth,2025-06-01,收视费,1.23456,W-1\r\n";
    const money = await upload(server, clerk, { kind: "revenue", dryRun: false, file: Buffer.from(wan, "utf8"), fileName: "wan.csv", token: clerk });
    expect(money.status).toBe(200);
    expect(await server.knex("revenue_records").where({ reference: "W-1" }).first("amount")).toEqual({ amount: "12345.60" });
  });

  it("offers a column mapping for headers it does not know", async () => {
    const text = "站名,入账日,收入项,钱,票号\nnorth,2025-06-02,收视费,10,M-1\n";
    const unmapped = await upload(server, clerk, { kind: "revenue", dryRun: true, file: Buffer.from(text), fileName: "odd.csv", token: clerk });
    expect(unmapped.status).toBe(422);
    expect(unmapped.body.errors[0].extensions.code).toBe("UNPROCESSABLE_FILE");
    expect(unmapped.body.errors[0].extensions.columns.map((c: { header: string }) => c.header)).toEqual(["站名", "入账日", "收入项", "钱", "票号"]);
    const mapping = JSON.stringify({ 站名: "unitCode", 入账日: "date", 收入项: "category", 钱: "amount", 票号: "reference" });
    const mapped = await upload(server, clerk, {
      kind: "revenue",
      dryRun: true,
      file: Buffer.from(text),
      fileName: "odd.csv",
      token: clerk,
      fields: { mapping },
    });
    expect(mapped.status).toBe(200);
    expect(mapped.body.totals).toEqual([{ unitCode: "north", category: "VIEWING_FEE", count: 1, amount: "10.00" }]);
  });
});

describe("requests that are not a usable file", () => {
  const refusal = async (file: Buffer, fileName: string, language = "en") =>
    upload(server, clerk, { kind: "revenue", dryRun: false, file, fileName, token: clerk, language });

  it("refuses a wrong type, an empty file, binary junk named .csv and a damaged workbook, storing nothing", async () => {
    const pdf = await refusal(Buffer.from("%PDF-1.4 ..."), "report.pdf");
    expect(pdf.status).toBe(415);
    expect(pdf.body.errors[0].message).toBe('"report.pdf" is not an .xlsx or .csv file (save an old .xls as .xlsx in Excel)');
    const empty = await refusal(Buffer.alloc(0), "empty.csv", "zh");
    expect(empty.status).toBe(400);
    expect(empty.body.errors[0].message).toBe("“empty.csv”是空文件");
    const junk = await refusal(Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)), "junk.csv");
    expect(junk.status).toBe(415);
    expect(junk.body.errors[0].message).toContain("binary data");
    const damaged = await refusal(Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(2000, 1)]), "broken.xlsx");
    expect(damaged.status).toBe(415);
    expect(damaged.body.errors[0].message).toContain("cannot be read as an Excel workbook");
    expect(await count("revenue_records")).toBe(0);
  });

  it("refuses a 50 MB upload with 413", async () => {
    const big = await refusal(Buffer.alloc(50 * 1024 * 1024, 0x41), "big.csv");
    expect(big.status).toBe(413);
    expect(big.body.errors[0]).toEqual({
      message: "The file is larger than 40 MB; nothing was stored. Split it into several files",
      extensions: { code: "PAYLOAD_TOO_LARGE" },
    });
  });

  it("refuses formula cells and empty merged cells row by row", async () => {
    const file = await xlsxFile([
      {
        name: "S",
        merges: ["A3:A4"],
        rows: [
          HEADER,
          ["north", "2025-03-03", "收视费", { formula: "100+1", result: 101 }, "F-1"],
          ["north", "2025-03-04", "收视费", 5, "F-2"],
          [null, "2025-03-05", "收视费", 6, "F-3"],
        ],
      },
    ]);
    const { status, body } = await refusal(file, "formulas.xlsx");
    expect(status).toBe(422);
    expect(body.invalid.map((i: { row: number; column: string; code: string }) => [i.row, i.column, i.code])).toEqual([
      [2, "D", "FORMULA_CELL"],
      [4, "A", "REQUIRED"],
    ]);
    expect(await count("revenue_records")).toBe(0);
  });

  it("signs in like /graphql: anonymous 401, a role that cannot record 403, an unknown kind 400", async () => {
    const file = await financeSheet();
    expect((await upload(server, clerk, { kind: "revenue", dryRun: true, file, fileName: "a.xlsx", token: null })).status).toBe(401);
    const analyst = await server.userWithRoles("import-analyst", ["ANALYST"]);
    const forbidden = await upload(server, clerk, { kind: "revenue", dryRun: true, file, fileName: "a.xlsx", token: analyst, language: "zh" });
    expect(forbidden.status).toBe(403);
    expect(forbidden.body.errors[0].message).toBe("import revenue 需要以下角色之一:CLERK, ADMIN");
    const unknown = await upload(server, clerk, { kind: "salaries", dryRun: true, file, fileName: "a.xlsx" });
    expect(unknown.status).toBe(400);
  });
});
