import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gqlInPage, signInAs } from "./support/auth.ts";
import { launchBrowser, newPage, VIEWPORTS } from "./support/browser.ts";
import { startServer, type E2EServer } from "./support/server.ts";

/**
 * The arrears page (欠费户, §9) on the demo data: the north station's head reads their own unit's
 * households in full; the deputy GM reads every unit's, masked (张**, 138****5678); aging and
 * monthly dunning tables agree with the API; a household's row opens its dunning log.
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

const households = (page: Page) => page.locator("[data-testid=arrears-households] tbody tr[data-reference]");

describe("欠费户", () => {
  it("the north station's head sees north's households only, names and numbers in full", async () => {
    const page = await as("head-north", "/arrears?year=2025");
    await households(page).first().waitFor({ timeout: 20_000 });
    const units = await households(page).evaluateAll((rows) => rows.map((r) => r.getAttribute("data-unit")));
    expect(new Set(units)).toEqual(new Set(["north"]));
    const names = await page.locator("[data-testid=arrears-households] [data-testid=household-name]").allTextContents();
    expect(names.length).toBeGreaterThan(20);
    for (const name of names) expect(name).not.toContain("*");
    const contacts = await page.locator("[data-testid=arrears-households] [data-testid=household-contact]").allTextContents();
    for (const contact of contacts) expect(contact).toMatch(/^1\d{10}$/);
    expect(await page.locator("[data-testid=masked-note]").count()).toBe(0);
    const api = await gqlInPage(page, "{ arrearsHouseholds(year: 2025) { reference dunningCount } }");
    expect(units.length).toBe(api.data.arrearsHouseholds.filter((h: any) => h.dunningCount > 0).length);
    await page.context().close();
  });

  it("the deputy GM sees every unit's households masked, with the aging and monthly dunning of the API", async () => {
    const page = await as("deputy-gm", "/arrears?year=2025");
    await households(page).first().waitFor({ timeout: 20_000 });
    await page.locator("[data-testid=masked-note]").waitFor();
    const units = new Set(await households(page).evaluateAll((rows) => rows.map((r) => r.getAttribute("data-unit"))));
    expect(units).toEqual(new Set(["north", "south", "east", "hall", "collective"]));
    const names = await page.locator("[data-testid=arrears-households] [data-testid=household-name]").allTextContents();
    for (const name of names) expect(name).toMatch(/^\S\*+$/);
    const contacts = await page.locator("[data-testid=arrears-households] [data-testid=household-contact]").allTextContents();
    for (const contact of contacts) expect(contact).toMatch(/^1\d{2}\*{4}\d{4}$/);

    const api = await gqlInPage(
      page,
      "{ arrearsAging(year: 2025) { unit { code } bucket households } dunningByMonth(year: 2025) { unit { code } month actions } }",
    );
    expect(await page.locator("[data-testid=arrears-aging] tbody tr").count()).toBe(api.data.arrearsAging.length);
    const northMarch = api.data.dunningByMonth.find((m: any) => m.unit.code === "north" && m.month === 3);
    if (northMarch) {
      expect(
        await page.locator("[data-testid=dunning-by-month] tr[data-unit=north][data-month='3'] [data-testid=dunning-actions]").textContent(),
      ).toBe(String(northMarch.actions));
    }
    // A row opens the household's dunning log.
    await households(page).first().click();
    await page.locator("[data-testid=dunning-log] li").first().waitFor();
    expect(await page.locator("[data-testid=dunning-log] li").count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it("the clerk imports an arrears sheet on the import page for the year picked; the households appear on the arrears page", async () => {
    const page = await as("clerk", "/import?kind=arrears&year=2025");
    const csv = "单位,户号,户主姓名,联系电话,地址,欠费年数,欠费金额\r\n城北管理站,E2E-A-01,欧阳修,13500001111,人民西路1号,1.5,450.00\r\n";
    await page.locator("[data-testid=import-file]").setInputFiles({ name: "欠费户.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
    await page.locator("[data-testid=import-confirm]").waitFor({ timeout: 20_000 });
    expect(await page.locator("[data-testid=report-valid]").textContent()).toBe("1");
    await page.locator("[data-testid=import-confirm]").click();
    await page.locator("[data-testid=import-outcome]", { hasText: "已导入 1 条" }).waitFor({ timeout: 20_000 });
    await page.goto(`${server.url}/arrears?year=2025&unit=north`);
    await page.locator("[data-testid=only-dunned]").uncheck();
    const row = page.locator("[data-testid=arrears-households] tr[data-reference=E2E-A-01]");
    await row.waitFor({ timeout: 20_000 });
    expect(await row.locator("[data-testid=household-name]").textContent()).toBe("欧阳修");
    await page.context().close();
  });
});
