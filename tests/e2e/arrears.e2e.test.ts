import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gqlInPage, signInAs } from "./support/auth.ts";
import { launchBrowser, newPage, VIEWPORTS } from "./support/browser.ts";
import { tableTexts } from "./support/downloads.ts";
import { definitionOf, columnIndex } from "./support/locators.ts";
import { startServer, type E2EServer } from "./support/server.ts";

/**
 * The arrears page (欠费户, §9) with what the clerk brings in: an arrears sheet imported on the
 * import page for the year picked appears on the arrears page in full for the clerk; the aging and
 * dunning tables agree with the API. (Reading as a station head and masked as the deputy GM:
 * fee-collection.e2e.test.ts.)
 */
let server: E2EServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function as(username: string, path: string): Promise<Page> {
  const page = await newPage(browser, VIEWPORTS.laptop);
  await signInAs(page, server.url, username, path);
  return page;
}

describe("欠费户", () => {
  it("takes an arrears sheet imported for the year picked, and lists the household in full for the clerk", async () => {
    const page = await as("clerk", "/import?kind=arrears&year=2025");
    const csv = "单位,户号,户主姓名,联系电话,地址,欠费年数,欠费金额\r\n城北管理站,E2E-A-01,欧阳修,13500001111,人民西路1号,1.5,450.00\r\n";
    await page.getByLabel(/选择文件/).setInputFiles({ name: "欠费户.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
    const confirm = page.getByRole("button", { name: /^确认导入 \d+ 行$/ });
    await confirm.waitFor({ timeout: 20_000 });
    expect(await definitionOf(page.getByRole("region", { name: "检查结果" }), "有效行").textContent()).toBe("1");
    await confirm.click();
    await page.getByRole("status").filter({ hasText: "已导入 1 条" }).waitFor({ timeout: 20_000 });

    await page.goto(`${server.url}/arrears?year=2025&unit=north`);
    const table = page.getByRole("table", { name: "欠费户" });
    const row = table.locator("tbody tr[data-reference=E2E-A-01]");
    await row.waitFor({ timeout: 20_000 });
    const { headers } = await tableTexts(table);
    const cells = await row.locator("td").allTextContents();
    expect(cells[columnIndex(headers, "户主")]).toBe("欧阳修");
    expect(cells[columnIndex(headers, "联系电话")]).toBe("13500001111");
    expect(cells[columnIndex(headers, "欠费金额")]).toBe("450.00");
    expect(cells[columnIndex(headers, "账龄")]).toBe("1–3年");
    await page.context().close();
  });

  it("shows the aging and the dunning per month as the API sums them", async () => {
    const page = await as("deputy-gm", "/arrears?year=2025");
    const aging = page.getByRole("table", { name: "账龄分析" });
    await aging.locator("tbody tr").first().waitFor({ timeout: 20_000 });
    const api = await gqlInPage(page, "{ arrearsAging(year: 2025) { households } dunningByMonth(year: 2025) { actions } }");
    const agingRows = await tableTexts(aging);
    expect(agingRows.rows.length).toBe(api.data.arrearsAging.length);
    const households = api.data.arrearsAging.reduce((n: number, a: any) => n + a.households, 0);
    expect(agingRows.totals?.[columnIndex(agingRows.headers, "户数")]).toBe(households.toLocaleString("en-US"));
    const dunning = await tableTexts(page.getByRole("table", { name: "各单位每月催缴" }));
    const actions = api.data.dunningByMonth.reduce((n: number, m: any) => n + m.actions, 0);
    expect(dunning.totals?.[columnIndex(dunning.headers, "催缴次数")]).toBe(actions.toLocaleString("en-US"));
    await page.context().close();
  });
});
