import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInAs } from "./support/auth.ts";
import { launchBrowser, newPage, VIEWPORTS } from "./support/browser.ts";
import { startServer, type E2EServer } from "./support/server.ts";

/** What the committee and the deputy GM read: the ranking, in both languages, what-if, contracts. */
let server: E2EServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  page = await newPage(browser, VIEWPORTS.laptop);
  await signInAs(page, server.url, "demo-admin");
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const ranking = () => page.getByRole("table", { name: /^(考核排名|Ranking)$/ });
const row = (unit: string) => ranking().locator(`tr[data-unit=${unit}]`);
const status = () => page.getByRole("status", { name: /^(考核状态|Assessment status)$/ });
// The rank and total cells keep their test ids: "the first cell of north's row" reads worse than
// [data-testid=rank] in a ten-column table, and nothing on screen names a single cell.

describe("the year-end assessment page", () => {
  it("lands on the 2025 ranking of the worked example", async () => {
    await page.goto(`${server.url}/`);
    await row("north").waitFor();
    expect(await row("north").locator("[data-testid=total]").textContent()).toBe("92.33");
    expect(await row("north").locator("[data-testid=rank]").textContent()).toBe("3");
    expect(await row("hall").locator("[data-testid=rank]").textContent()).toBe("1");
    expect(await page.locator("h1").textContent()).toBe("2025年度年终考核");
    expect(await status().textContent()).toBe("考核进行中");
  });

  it("explains a unit's scores when it is clicked, with the URL holding the unit", async () => {
    await row("north").click();
    const detail = page.getByRole("region", { name: "城北管理站 · 得分说明" });
    await detail.waitFor();
    expect(page.url()).toContain("unit=north");
    expect(await detail.getByText("总分计算").locator("xpath=following-sibling::code").textContent()).toBe(
      "(40 × 108.00 + 20 × 102.50 + 25 × 84.22 + 15 × 50.50) / 100 = 92.33",
    );
    expect(await detail.getByRole("row", { name: /^合计/ }).textContent()).toContain("248,460.00");
    await page.goBack();
    await detail.waitFor({ state: "detached" });
    // The ranking is still there: the panel closed, the page did not just go blank.
    await row("north").waitFor();
    expect(page.url()).not.toContain("unit=north");
  });

  it("draws both charts with their legends", async () => {
    for (const chart of ["总分构成", "四维度对比"]) {
      const card = page.getByRole("figure", { name: chart });
      await card.locator("svg.recharts-surface").first().waitFor();
      expect(await card.locator(".legend li").count()).toBeGreaterThanOrEqual(4);
    }
  });

  it("switches the language to English and back", async () => {
    await page.getByRole("button", { name: "English" }).click();
    await page.locator("h1", { hasText: "Year-end assessment 2025" }).waitFor();
    expect(page.url()).toContain("lang=en");
    expect(await row("north").locator("td").nth(1).textContent()).toBe("North management station");
    expect(await status().textContent()).toBe("Open");
    await page.getByRole("button", { name: "中文" }).click();
    await page.locator("h1", { hasText: "2025年度年终考核" }).waitFor();
    expect(await row("north").locator("td").nth(1).textContent()).toBe("城北管理站");
  });
});

describe("what-if", () => {
  it("moves north up when cooperation weighs nothing, and stores nothing", async () => {
    await page.goto(`${server.url}/what-if?year=2025`);
    const simulated = (unit: string) => page.getByRole("table", { name: "模拟排名" }).locator(`tr[data-unit=${unit}]`);
    await simulated("north").waitFor();
    expect(await simulated("north").locator("[data-testid=rank]").textContent()).toBe("3");
    await page.locator("input[name='weight.COOPERATION.number']").fill("0");
    await expect.poll(() => simulated("north").locator("[data-testid=rank]").textContent()).toBe("2");
    expect(await simulated("north").locator("[data-testid=rank-change]").textContent()).toBe("↑1");
    expect(await simulated("east").locator("[data-testid=rank-change]").textContent()).toBe("↓1");
    // Nothing was saved: the landing page still ranks north third.
    await page.goto(`${server.url}/assessment?year=2025`);
    await row("north").waitFor();
    expect(await row("north").locator("[data-testid=rank]").textContent()).toBe("3");
  });
});

describe("contracts", () => {
  it("shows the plan's table with the 合计 row", async () => {
    await page.goto(`${server.url}/contracts?year=2025`);
    const contracts = page.getByRole("table", { name: "各单位目标责任书" });
    const total = contracts.locator("tfoot").getByRole("row");
    await total.waitFor();
    expect(await total.getByRole("cell").first().textContent()).toContain("合计");
    expect(await contracts.locator("tbody tr").count()).toBe(5);
    expect(await contracts.locator("tr[data-unit=north]").getByRole("cell").nth(1).textContent()).toBe("320.00");
  });
});
