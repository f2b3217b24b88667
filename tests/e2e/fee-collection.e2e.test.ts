import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gqlInPage, signInAs } from "./support/auth.ts";
import { launchBrowser, newPage, VIEWPORTS } from "./support/browser.ts";
import { tableTexts } from "./support/downloads.ts";
import { startServer, type E2EServer } from "./support/server.ts";
import { columnIndex } from "./support/locators.ts";

/**
 * Fee collection (§9) as its readers see it, over the demo data's register: a station head reads
 * their own unit's collection rate by month and their own households in full; the deputy GM reads
 * every unit against the department and the households masked (张**, 138****5678); the clerk
 * declares a household 无法收回, which needs a reason.
 */
let server: E2EServer;
let browser: Browser;
const SHOTS = process.env.E2E_SCREENSHOTS;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function as(username: string, path: string): Promise<Page> {
  const page = await newPage(browser, VIEWPORTS.desktop);
  await signInAs(page, server.url, username, path);
  return page;
}

const collectionTable = (page: Page) => page.getByRole("table", { name: "收缴率与欠费回收" });
const householdsTable = (page: Page) => page.getByRole("table", { name: "欠费户" });

describe("fee collection in the dashboard", () => {
  it("shows a station head their own unit's collection rate by month, the rate in the table, and their households in full", async () => {
    const page = await as("head-north", "/revenue?year=2025");
    const chart = page.getByTestId("collection-chart");
    // The unit's line and the department's (dashed): two drawn lines, twelve months on the axis.
    await expect.poll(() => chart.locator("path.recharts-line-curve").count(), { timeout: 20_000 }).toBe(2);
    const table = collectionTable(page);
    await table.locator("tbody tr[data-unit]").first().waitFor();
    const { headers, rows } = await tableTexts(table);
    expect(rows.map((r) => r[0])).toEqual(["城北管理站"]);
    const rate = Number(rows[0][columnIndex(headers, "收缴率")].replace("%", ""));
    expect(rate).toBeGreaterThanOrEqual(85);
    expect(rate).toBeLessThanOrEqual(98);
    // The same figure the API gives, to the hundredth.
    const api = await gqlInPage(page, `{ collection(year: 2025, unitCode: "north") { collectionRate } }`);
    expect(rate).toBe(api.data.collection.collectionRate);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/collection-head.png`, fullPage: true });

    await page.goto(`${server.url}/arrears?year=2025`);
    const households = householdsTable(page);
    await households.locator("tbody tr[data-reference]").first().waitFor({ timeout: 15_000 });
    const listed = await tableTexts(households);
    expect(new Set(listed.rows.map((r) => r[0]))).toEqual(new Set(["城北管理站"]));
    const names = listed.rows.map((r) => r[columnIndex(listed.headers, "户主")]);
    expect(names.every((name) => !name.includes("*"))).toBe(true);
    expect(await page.getByRole("note").filter({ hasText: "个人信息已脱敏" }).count()).toBe(0);
    await page.context().close();
  });

  it("shows the deputy GM every unit against the department, and the households masked", async () => {
    const page = await as("deputy-gm", "/revenue?year=2025");
    const chart = page.getByTestId("collection-chart");
    const series = await gqlInPage(page, `{ collectionByMonth(year: 2025) { unit { code } } }`);
    const lines = series.data.collectionByMonth.length;
    expect(lines).toBeGreaterThan(2);
    await expect.poll(() => chart.locator("path.recharts-line-curve").count(), { timeout: 20_000 }).toBe(lines);
    const table = collectionTable(page);
    await table.locator("tbody tr[data-unit]").first().waitFor();
    const { headers, rows, totals } = await tableTexts(table);
    expect(rows.length).toBe(lines - 1);
    const department = await gqlInPage(page, `{ collection(year: 2025) { collectionRate } }`);
    expect(totals?.[columnIndex(headers, "收缴率")]).toBe(`${department.data.collection.collectionRate.toFixed(2)}%`);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/collection-gm.png`, fullPage: true });

    await page.goto(`${server.url}/arrears?year=2025`);
    const households = householdsTable(page);
    await households.locator("tbody tr[data-reference]").first().waitFor({ timeout: 15_000 });
    await page.getByRole("note").filter({ hasText: "个人信息已脱敏" }).waitFor();
    const listed = await tableTexts(households);
    expect(new Set(listed.rows.map((r) => r[0])).size).toBeGreaterThan(1);
    for (const row of listed.rows) {
      expect(row[columnIndex(listed.headers, "户主")]).toMatch(/^.\*+$/);
      expect(row[columnIndex(listed.headers, "联系电话")]).toMatch(/^(\d{3}\*{4}\d{4}|\*+)$/);
    }
    // A household's dunning log opens below the register.
    const first = households.locator("tbody tr[data-reference]").first();
    const reference = await first.getAttribute("data-reference");
    await first.getByRole("button", { name: `催缴记录 ${reference}` }).click();
    await page.getByRole("heading", { name: `催缴记录 · ${reference}` }).waitFor();
    // Reading is all the deputy GM does here: no status changes offered.
    expect(await page.getByRole("button", { name: /^更改状态/ }).count()).toBe(0);
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/arrears-gm.png` });
    await page.context().close();
  });

  it("lets the clerk declare a household 无法收回 only with a reason", async () => {
    const page = await as("clerk", "/arrears?year=2025&status=OPEN");
    const households = householdsTable(page);
    const first = households.locator("tbody tr[data-reference]").first();
    await first.waitFor({ timeout: 15_000 });
    const reference = (await first.getAttribute("data-reference")) ?? "";
    await first.getByRole("button", { name: `更改状态 ${reference}` }).click();
    const dialog = page.getByRole("dialog");
    expect(await dialog.getByLabel("新状态").inputValue()).toBe("UNCOLLECTABLE");
    expect(await dialog.getByRole("button", { name: "保存" }).isDisabled()).toBe(true);
    await dialog.getByLabel("原因").fill("户主已迁出本市,多次上门无人");
    await dialog.getByRole("button", { name: "保存" }).click();
    await page
      .getByRole("status")
      .filter({ hasText: `${reference} 已改为“无法收回”` })
      .waitFor();
    // Listed under OPEN no more; the register says why.
    await expect.poll(() => households.locator(`tbody tr[data-reference='${reference}']`).count()).toBe(0);
    const stored = await gqlInPage(page, `{ arrearsHouseholds(year: 2025, status: UNCOLLECTABLE) { reference statusReason } }`);
    expect(stored.data.arrearsHouseholds).toContainEqual({ reference, statusReason: "户主已迁出本市,多次上门无人" });
    await page.context().close();
  });

  it("shows the collection rate beside the completion rate in the ranking's detail; what-if blends it in at a share of 0.3", async () => {
    const page = await as("deputy-gm", "/assessment?year=2025");
    const ranking = page.getByRole("table", { name: "考核排名" });
    await ranking.locator("tr[data-unit=north]").click();
    const rate = (await gqlInPage(page, `{ collection(year: 2025, unitCode: "north") { collectionRate } }`)).data.collection.collectionRate;
    await page
      .getByRole("region", { name: "城北管理站 · 得分说明" })
      .getByText(`收缴率 ${rate.toFixed(2)}%`)
      .waitFor();

    await page.goto(`${server.url}/what-if?year=2025`);
    // A single figure of a wide table: its test id (no role names a cell by its column).
    const total = page.getByRole("table", { name: "模拟排名" }).locator("tr[data-unit=north] [data-testid=total]");
    await total.waitFor({ timeout: 20_000 });
    const before = await total.textContent();
    const api = await gqlInPage(
      page,
      "{ simulateAssessment(year: 2025, scheme: { revenueCollectionShare: 0.3 }) { results { unit { code } total } } }",
    );
    const expected = api.data.simulateAssessment.results.find((r: any) => r.unit.code === "north").total.toFixed(2);
    expect(expected).not.toBe(before);
    await page.getByLabel("创收得分中收缴率占比(0–1)").fill("0.3");
    await expect.poll(() => total.textContent(), { timeout: 15_000 }).toBe(expected);
    await page.context().close();
  });

  it("lets the clerk enter a month's households in the entry grid, and the month's receivable follows; then the committee changes the tariff", async () => {
    const page = await as("clerk", "/entry?tab=households&year=2025");
    const grid = page.getByRole("table", { name: "待保存的记录" });
    const cell = (row: number, label: string) => grid.getByLabel(`行 ${row + 1} ${label}`, { exact: true });
    await cell(0, "单位").fill("north");
    await cell(0, "月份(YYYY-MM)").fill("2025-03");
    await cell(0, "普通用户(户)").fill("12x");
    await page.getByRole("button", { name: /^保存 \d+ 条$/ }).click();
    await expect.poll(() => grid.locator("tr[data-row='0'] [aria-invalid=true]").count()).toBeGreaterThan(0);
    await cell(0, "普通用户(户)").fill("1200");
    await cell(0, "网改用户(户)").fill("150");
    await page.getByRole("button", { name: /^保存 \d+ 条$/ }).click();
    await page.getByRole("status").filter({ hasText: "已保存 1 条记录" }).waitFor();
    const march = await gqlInPage(page, `{ collection(year: 2025, unitCode: "north", month: 3) { receivable } }`);
    expect(march.data.collection.receivable).toBe("34500.00");

    // The clerk reads the tariff only.
    await page.goto(`${server.url}/contracts?year=2025`);
    const residential = page.getByLabel("普通用户", { exact: true });
    await expect.poll(() => residential.inputValue(), { timeout: 20_000 }).toBe("25.00");
    expect(await residential.getAttribute("readonly")).not.toBeNull();
    expect(await page.getByRole("button", { name: "保存收费标准" }).count()).toBe(0);
    await page.context().close();

    const committee = await as("committee1", "/contracts?year=2025");
    const fee = committee.getByLabel("普通用户", { exact: true });
    await expect.poll(() => fee.inputValue(), { timeout: 20_000 }).toBe("25.00");
    await fee.fill("26");
    await committee.getByRole("button", { name: "保存收费标准" }).click();
    await committee.getByText("已保存。").waitFor();
    const after = await gqlInPage(
      committee,
      `{ tariff(year: 2025) { residential } collection(year: 2025, unitCode: "north", month: 3) { receivable } }`,
    );
    expect(after.data.tariff.residential).toBe("26.00");
    // 1,200 × 26.00 + 150 × 30.00.
    expect(after.data.collection.receivable).toBe("35700.00");
    await committee.context().close();
  });
});
