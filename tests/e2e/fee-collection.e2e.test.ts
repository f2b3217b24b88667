import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gqlInPage, signInAs } from "./support/auth.ts";
import { launchBrowser, newPage, VIEWPORTS } from "./support/browser.ts";
import { startServer, type E2EServer } from "./support/server.ts";

/**
 * §9's collection rate in the revenue view, on the demo data: the rate-by-month chart (a line per
 * unit against the department's) and its table with 合计, read by the deputy GM and by the north
 * station's head (their own unit only in the open year 2025). The figures on the page are the API's.
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

const YEAR_RATES = `query($unit: String) { collection(year: 2025, unitCode: $unit) { collectionRate } }`;
const rateText = (rate: number) => `${rate.toFixed(2)}%`;

describe("收缴率 in the revenue view", () => {
  it("the deputy GM sees every unit's line and the department's, and the table's rates and 合计 are the API's", async () => {
    const page = await as("deputy-gm", "/revenue?year=2025");
    const table = page.locator("[data-testid=collection-table]");
    await table.locator("tr[data-unit=north]").waitFor({ timeout: 20_000 });
    await page.locator("[data-testid=collection-chart] svg.recharts-surface").first().waitFor();
    expect(await page.locator("[data-testid=collection-chart] .recharts-line").count()).toBe(6);
    expect(await page.locator("[data-testid=collection-chart] .legend li").allTextContents()).toContain("全部门");
    expect(await table.locator("tbody tr").count()).toBe(5);
    for (const unit of ["north", "south", "east", "hall", "collective"]) {
      const api = await gqlInPage(page, YEAR_RATES, { unit });
      const rate = api.data.collection.collectionRate as number;
      expect(await table.locator(`tr[data-unit=${unit}] [data-testid=collection-rate]`).textContent(), unit).toBe(rateText(rate));
      if (["north", "south", "east"].includes(unit)) {
        expect(rate).toBeGreaterThanOrEqual(85);
        expect(rate).toBeLessThanOrEqual(98);
      }
    }
    const department = (await gqlInPage(page, YEAR_RATES, {})).data.collection.collectionRate as number;
    expect(await table.locator("tfoot").textContent()).toContain("合计");
    expect(await table.locator("tfoot").textContent()).toContain(rateText(department));
    await page.context().close();
  });

  it("the north station's head sees north's line only, without a department line or 合计", async () => {
    const page = await as("head-north", "/revenue?year=2025");
    const table = page.locator("[data-testid=collection-table]");
    await table.locator("tr[data-unit=north]").waitFor({ timeout: 20_000 });
    await page.locator("[data-testid=collection-chart] svg.recharts-surface").first().waitFor();
    expect(await page.locator("[data-testid=collection-chart] .recharts-line").count()).toBe(1);
    expect(await page.locator("[data-testid=collection-chart] .legend li").allTextContents()).toEqual(["城北管理站"]);
    expect(await table.locator("tbody tr").count()).toBe(1);
    expect(await table.locator("tfoot").count()).toBe(0);
    const rate = (await gqlInPage(page, YEAR_RATES, { unit: "north" })).data.collection.collectionRate as number;
    expect(await table.locator("tr[data-unit=north] [data-testid=collection-rate]").textContent()).toBe(rateText(rate));
    await page.context().close();
  });

  it("the ranking's detail shows the collection rate beside the completion rate; what-if blends it in at a share of 0.3", async () => {
    const page = await as("deputy-gm", "/assessment?year=2025");
    const row = page.locator("[data-testid=ranking-table] tr[data-unit=north]");
    await row.waitFor({ timeout: 20_000 });
    await row.click();
    const rate = (await gqlInPage(page, YEAR_RATES, { unit: "north" })).data.collection.collectionRate as number;
    expect(await page.locator("[data-testid=unit-detail] [data-testid=collection-rate]").textContent()).toContain(rateText(rate));

    await page.goto(`${server.url}/what-if?year=2025`);
    const simulated = page.locator("[data-testid=what-if-ranking] tr[data-unit=north] [data-testid=total]");
    await simulated.waitFor({ timeout: 20_000 });
    const before = await simulated.textContent();
    const api = await gqlInPage(
      page,
      "query { simulateAssessment(year: 2025, scheme: { revenueCollectionShare: 0.3 }) { results { unit { code } total } } }",
    );
    const expected = (api.data.simulateAssessment.results.find((r: any) => r.unit.code === "north").total as number).toFixed(2);
    expect(expected).not.toBe(before);
    await page.locator("input[name=revenueCollectionShare]").fill("0.3");
    await expect.poll(() => simulated.textContent(), { timeout: 15_000 }).toBe(expected);
    await page.context().close();
  });

  it("the clerk enters a month's households in the entry grid; the month's receivable follows", async () => {
    const page = await as("clerk", "/entry?tab=households&year=2025");
    const cell = (row: number, field: string) => page.locator(`[data-testid=entry-grid] tr[data-row="${row}"] [data-field=${field}]`);
    await cell(0, "residential").waitFor();
    await cell(0, "unitCode").fill("north");
    await cell(0, "month").fill("2025-03");
    await cell(0, "residential").fill("12x");
    await page.locator("[data-testid=entry-submit]").click();
    await page.locator('[data-testid=entry-grid] tr[data-row="0"] [data-testid=row-error]').first().waitFor();
    await cell(0, "residential").fill("1200");
    await cell(0, "upgraded").fill("150");
    await page.locator("[data-testid=entry-submit]").click();
    await page.locator("[data-testid=entry-outcome]", { hasText: "已保存 1 条记录" }).waitFor();
    const march = await gqlInPage(page, `{ collection(year: 2025, unitCode: "north", month: 3) { receivable } }`);
    expect(march.data.collection.receivable).toBe("34500.00");
    await page.context().close();
  });

  it("the committee changes the year's tariff on the contracts page; the clerk reads it only; the receivable follows", async () => {
    const clerk = await as("clerk", "/contracts?year=2025");
    const clerkCard = clerk.locator("[data-testid=tariff-card]");
    await expect.poll(() => clerkCard.locator("input[name='tariff.residential']").inputValue(), { timeout: 20_000 }).toBe("25.00");
    expect(await clerkCard.locator("[data-testid=tariff-save]").count()).toBe(0);
    expect(await clerkCard.locator("input[name='tariff.residential']").getAttribute("readonly")).not.toBeNull();
    await clerk.context().close();

    const page = await as("committee1", "/contracts?year=2025");
    const card = page.locator("[data-testid=tariff-card]");
    await expect.poll(() => card.locator("input[name='tariff.residential']").inputValue(), { timeout: 20_000 }).toBe("25.00");
    await card.locator("input[name='tariff.residential']").fill("26");
    await card.locator("[data-testid=tariff-save]").click();
    await card.locator("[data-testid=tariff-saved]").waitFor();
    const after = await gqlInPage(page, `{ tariff(year: 2025) { residential } collection(year: 2025, unitCode: "north", month: 3) { receivable } }`);
    expect(after.data.tariff.residential).toBe("26.00");
    // The clerk's entry above: 1,200 × 26.00 + 150 × 30.00.
    expect(after.data.collection.receivable).toBe("35700.00");
    await page.context().close();
  });
});
