import ExcelJS from "exceljs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gqlInPage, signInAs } from "./support/auth.ts";
import { launchBrowser, newPage, VIEWPORTS } from "./support/browser.ts";
import { download, parseCsv, screenNumber, tableTexts } from "./support/downloads.ts";
import { startServer, type E2EServer } from "./support/server.ts";

/**
 * The clerk's week with a finance sheet: a real XLSX (a title row, Chinese headers and unit
 * names, Excel date cells) with one bad row and one conflict is checked and refused, fixed and
 * imported; the rows are found in the 台账, one receipt is corrected with a linked 冲红, and
 * north's completion rate moves each time. The ledger's CSV matches the screen, and the HTTP
 * export of the same rows is read back with exceljs.
 */
let server: E2EServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  page = await newPage(browser, VIEWPORTS.desktop);
  await signInAs(page, server.url, "clerk");
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

type Line = [unit: string, date: Date | string, category: string, amount: number, reference: string];

async function financeSheet(lines: Line[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("三月上解");
  sheet.addRow(["2025年3月分类明细帐"]);
  sheet.addRow(["单位", "日期", "类别", "金额", "凭证号"]);
  for (const line of lines) sheet.addRow(line);
  sheet.getColumn(2).numFmt = "yyyy-mm-dd";
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const GOOD: Line[] = [
  ["城北管理站", day("2025-03-20"), "收视费", 20000, "E2E-IMP-1"],
  ["城北站", day("2025-03-21"), "稽查费", 12000, "E2E-IMP-2"],
];

async function upload(name: string, bytes: Buffer) {
  await page
    .locator("[data-testid=import-file]")
    .setInputFiles({ name, mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: bytes });
}

async function northCompletion(): Promise<string> {
  await page.goto(`${server.url}/revenue?year=2025`);
  const cell = page.locator("[data-testid=projection-table] tr[data-unit=north] [data-testid=completion]");
  await cell.waitFor({ timeout: 15_000 });
  return (await cell.textContent()) ?? "";
}

describe("importing a finance sheet, then correcting it in the ledger", () => {
  it("refuses a sheet with a bad row and a conflict, naming them, and stores nothing", async () => {
    expect(await northCompletion()).toBe("108.00%");
    const stored = await gqlInPage<{ revenueRecords: { edges: { node: { reference: string; date: string; amount: string } }[] } }>(
      page,
      `{ revenueRecords(filter: { year: 2025, unitCode: "north" }, first: 1) { edges { node { reference date amount } } } }`,
    );
    const existing = stored.data!.revenueRecords.edges[0].node;
    const bytes = await financeSheet([
      ...GOOD,
      ["城北管理站", "三月二十二", "收视费", 500, "E2E-IMP-BAD"],
      // A reference already stored, with another amount: a conflict, never silently dropped.
      ["城北管理站", day(existing.date), "收视费", Number(existing.amount) + 1, existing.reference],
    ]);
    await page.goto(`${server.url}/import?year=2025`);
    await upload("三月上解.xlsx", bytes);
    await page.locator("[data-testid=import-report]").waitFor({ timeout: 20_000 });
    expect(await page.locator("[data-testid=report-rows]").textContent()).toBe("4");
    expect(await page.locator("[data-testid=report-invalid]").textContent()).toBe("1");
    expect(await page.locator("[data-testid=report-conflicts]").textContent()).toBe("1");
    // The row Excel shows: the title row and the header come first, so the third data row is row 5.
    const bad = page.locator("[data-testid=import-invalid] tbody tr[data-row='5']");
    expect(await bad.count()).toBeGreaterThan(0);
    expect(await bad.first().textContent()).toContain("三月二十二");
    expect(await page.locator(`[data-testid=import-conflicts] tbody tr[data-reference='${existing.reference}']`).count()).toBe(1);
    expect(await page.locator("[data-testid=import-confirm]").count()).toBe(0);
    const after = await gqlInPage(page, `{ revenueRecords(filter: { referenceContains: "E2E-IMP" }) { totalCount } }`);
    expect(after.data.revenueRecords.totalCount).toBe(0);
  });

  it("imports the fixed sheet, and north's completion rate rises", async () => {
    await page.goto(`${server.url}/import?year=2025`);
    await upload("三月上解-改.xlsx", await financeSheet(GOOD));
    await page.locator("[data-testid=import-confirm]").waitFor({ timeout: 20_000 });
    expect(await page.locator("[data-testid=report-valid]").textContent()).toBe("2");
    await page.locator("[data-testid=import-confirm]").click();
    await page.locator("[data-testid=import-outcome]", { hasText: "已导入 2 条" }).waitFor({ timeout: 20_000 });
    // 345.60 + 3.20 万元 of a 320.00 万元 target.
    expect(await northCompletion()).toBe("109.00%");
  });

  it("finds the rows in the ledger with their count and sum, corrects one with a linked 冲红, and the rate follows", async () => {
    await page.goto(`${server.url}/ledger?year=2025`);
    await page.locator("input[name=reference]").fill("E2E-IMP");
    const summary = page.locator("[data-testid=ledger-summary]");
    await expect.poll(() => summary.textContent(), { timeout: 15_000 }).toBe("共 2 条,合计 32,000.00 元");
    const row = (reference: string) => page.locator(`tr[data-reference='${reference}']`);
    await row("E2E-IMP-1").getByRole("button", { name: "冲红" }).click();
    const dialog = page.getByRole("dialog");
    expect(await dialog.locator("input[name=correctionAmount]").inputValue()).toBe("-20000.00");
    expect(await dialog.locator("input[name=correctionReference]").inputValue()).toBe("E2E-IMP-1-CH");
    await dialog.locator("input[name=correctionAmount]").fill("-16000");
    await dialog.getByRole("button", { name: "保存冲红" }).click();
    await page.locator("[data-testid=ledger-notice]", { hasText: "E2E-IMP-1-CH" }).waitFor();
    await expect.poll(() => summary.textContent(), { timeout: 15_000 }).toBe("共 3 条,合计 16,000.00 元");
    expect(await row("E2E-IMP-1").locator("[data-testid=ledger-note]").textContent()).toContain("已被冲红:E2E-IMP-1-CH");
    expect(await row("E2E-IMP-1").locator("[data-testid=ledger-net]").textContent()).toBe("4,000.00");
    expect(await row("E2E-IMP-1-CH").locator("[data-testid=ledger-note]").textContent()).toContain("冲红 E2E-IMP-1");

    // A correction reference another record already has: nothing stored, and the dialog says so.
    await row("E2E-IMP-1").getByRole("button", { name: "冲红" }).click();
    await dialog.locator("input[name=correctionReference]").fill("E2E-IMP-2");
    await dialog.locator("input[name=correctionAmount]").fill("-1000");
    await dialog.getByRole("button", { name: "保存冲红" }).click();
    await dialog.getByRole("alert").filter({ hasText: "E2E-IMP-2 已被其它记录使用" }).waitFor();
    await dialog.getByRole("button", { name: "取消" }).click();
    await expect.poll(() => summary.textContent()).toBe("共 3 条,合计 16,000.00 元");

    // A correction may not exceed what is left of the record: refused, named, nothing stored.
    await row("E2E-IMP-1").getByRole("button", { name: "冲红" }).click();
    expect(await dialog.locator("input[name=correctionAmount]").inputValue()).toBe("-4000.00");
    await dialog.locator("input[name=correctionAmount]").fill("-5000");
    await dialog.getByRole("button", { name: "保存冲红" }).click();
    await dialog.getByRole("alert").waitFor();
    await dialog.getByRole("button", { name: "取消" }).click();
    await expect.poll(() => summary.textContent()).toBe("共 3 条,合计 16,000.00 元");

    // 345.60 + 3.20 − 1.60 万元 of 320.00.
    expect(await northCompletion()).toBe("108.50%");
  });

  it("exports the ledger as on screen, and the HTTP export holds the same rows", async () => {
    await page.goto(`${server.url}/ledger?year=2025`);
    await page.locator("input[name=reference]").fill("E2E-IMP");
    await expect.poll(() => page.locator("[data-testid=ledger-summary]").textContent(), { timeout: 15_000 }).toBe("共 3 条,合计 16,000.00 元");
    const card = page.locator("section.data-table-card", { has: page.getByRole("heading", { name: "台账 · 上解", exact: true }) });
    const screen = await tableTexts(card.locator("table"));
    const file = await download(page, card.getByRole("button", { name: "导出 CSV" }));
    const csv = parseCsv(file.bytes.toString("utf8").slice(1));
    const header = csv.findIndex((fields) => fields[0] === "日期");
    const body = csv.slice(header + 1, header + 1 + screen.rows.length);
    expect(body.map((f) => f[3])).toEqual(screen.rows.map((r) => r[3]));
    const amountColumn = csv[header].indexOf("金额(元)");
    expect(body.map((f) => Number(f[amountColumn]))).toEqual(screen.rows.map((r) => screenNumber(r[amountColumn])));

    const response = await page.context().request.get(`${server.url}/api/export/revenue.xlsx?year=2025&unit=north&from=2025-03-20&to=2025-03-21`);
    expect(response.status()).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await response.body()) as unknown as ArrayBuffer);
    const values: unknown[][] = [];
    workbook.worksheets[0].eachRow((r) => values.push((r.values as unknown[]).slice(1)));
    const flat = values.map((v) => v.map(String).join("|")).join("\n");
    for (const reference of ["E2E-IMP-1", "E2E-IMP-2", "E2E-IMP-1-CH"]) expect(flat).toContain(reference);
    expect(flat).toContain("-16000");
  });

  it("maps a header it does not know in the column-mapping step, then checks the file", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("明细");
    sheet.addRow(["网点", "日期", "类别", "金额", "凭证号"]);
    sheet.addRow(["城南管理站", day("2025-04-01"), "收视费", 300, "E2E-MAP-1"]);
    await page.goto(`${server.url}/import?year=2025`);
    await upload("网点.xlsx", Buffer.from(await workbook.xlsx.writeBuffer()));
    await page.locator("[data-testid=import-refused]").waitFor({ timeout: 20_000 });
    const mapping = page.locator("[data-testid=import-mapping]");
    await mapping.waitFor();
    expect(await mapping.locator("[data-testid=import-mapping-missing]").textContent()).toContain("单位");
    await mapping.locator("select[data-header='网点']").selectOption("unitCode");
    await mapping.locator("[data-testid=import-mapping-apply]").click();
    await page.locator("[data-testid=import-confirm]").waitFor({ timeout: 20_000 });
    expect(await page.locator("[data-testid=report-valid]").textContent()).toBe("1");
    expect(await page.locator("[data-testid=import-totals] tr[data-unit=south]").count()).toBe(1);
  });

  it("voids a complaint recorded by mistake: kept and marked, listed under 仅作废, and out of its unit's complaint count", async () => {
    const listed = await gqlInPage<{ complaintRecords: { edges: { node: { reference: string; unit: { code: string } } }[] } }>(
      page,
      `{ complaintRecords(filter: { year: 2025 }, first: 1) { edges { node { reference unit { code } } } } }`,
    );
    const { reference, unit } = listed.data!.complaintRecords.edges[0].node;
    const complaintsOfUnit = async () => {
      await page.goto(`${server.url}/service?year=2025&unit=${unit.code}`);
      const kpi = page.getByTestId("kpi-complaints").locator(".kpi__number");
      await kpi.waitFor({ timeout: 15_000 });
      return Number(await kpi.textContent());
    };
    const before = await complaintsOfUnit();
    expect(before).toBeGreaterThan(0);

    await page.goto(`${server.url}/ledger?year=2025&unit=${unit.code}`);
    await page.getByRole("tab", { name: "投诉" }).click();
    await page.getByRole("searchbox", { name: "单据号包含" }).fill(reference);
    const row = page.locator(`tr[data-reference='${reference}']`);
    await row.getByRole("button", { name: "作废" }).click();
    const dialog = page.getByRole("dialog");
    // No reason, no void: the button waits for one.
    expect(await dialog.getByRole("button", { name: "作废" }).isDisabled()).toBe(true);
    await dialog.getByRole("textbox", { name: "原因" }).fill("重复登记,同一投诉已记一次");
    await dialog.getByRole("button", { name: "作废" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: `已作废 ${reference}` })
      .waitFor();
    await expect.poll(() => row.locator("[data-testid=ledger-note]").textContent()).toContain("已作废:重复登记,同一投诉已记一次");
    expect(await row.getByRole("button", { name: "作废" }).count()).toBe(0);

    await page.getByRole("checkbox", { name: "仅作废" }).check();
    await expect.poll(() => page.getByTestId("ledger-summary").textContent(), { timeout: 15_000 }).toBe("共 1 条");

    expect(await complaintsOfUnit()).toBe(before - 1);
  });
});
