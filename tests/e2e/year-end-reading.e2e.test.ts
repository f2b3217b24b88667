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

const row = (unit: string) => page.locator(`[data-testid=ranking-table] tr[data-unit=${unit}]`);

describe("the year-end assessment page", () => {
  it("lands on the 2025 ranking of the worked example", async () => {
    await page.goto(`${server.url}/`);
    await row("north").waitFor();
    expect(await row("north").locator("[data-testid=total]").textContent()).toBe("92.33");
    expect(await row("north").locator("[data-testid=rank]").textContent()).toBe("3");
    expect(await row("hall").locator("[data-testid=rank]").textContent()).toBe("1");
    expect(await page.locator("h1").textContent()).toBe("2025年度年终考核");
    expect(await page.locator("[data-testid=status-badge]").textContent()).toBe("考核进行中");
  });

  it("explains a unit's scores when it is clicked, with the URL holding the unit", async () => {
    await row("north").click();
    const detail = page.locator("[data-testid=unit-detail]");
    await detail.waitFor();
    expect(page.url()).toContain("unit=north");
    expect(await detail.locator("[data-testid=total-formula]").textContent()).toBe(
      "(40 × 108.00 + 20 × 102.50 + 25 × 84.22 + 15 × 50.50) / 100 = 92.33",
    );
    expect(await detail.locator("[data-testid=pay-net]").textContent()).toContain("248,460.00");
    await page.goBack();
    await detail.waitFor({ state: "detached" });
    expect(page.url()).not.toContain("unit=north");
  });

  it("draws both charts with their legends", async () => {
    for (const chart of ["totals-chart", "radar-chart"]) {
      const card = page.locator(`[data-testid=${chart}]`);
      await card.locator("svg.recharts-surface").first().waitFor();
      expect(await card.locator(".legend li").count()).toBeGreaterThanOrEqual(4);
    }
  });

  it("switches the language to English and back", async () => {
    await page.getByRole("button", { name: "English" }).click();
    await page.locator("h1", { hasText: "Year-end assessment 2025" }).waitFor();
    expect(page.url()).toContain("lang=en");
    expect(await row("north").locator("td").nth(1).textContent()).toBe("North management station");
    expect(await page.locator("[data-testid=status-badge]").textContent()).toBe("Open");
    await page.getByRole("button", { name: "中文" }).click();
    await page.locator("h1", { hasText: "2025年度年终考核" }).waitFor();
    expect(await row("north").locator("td").nth(1).textContent()).toBe("城北管理站");
  });
});

describe("what-if", () => {
  it("moves north up when cooperation weighs nothing, and stores nothing", async () => {
    await page.goto(`${server.url}/what-if?year=2025`);
    const simulated = (unit: string) => page.locator(`[data-testid=what-if-ranking] tr[data-unit=${unit}]`);
    await simulated("north").waitFor();
    expect(await simulated("north").locator("[data-testid=rank]").textContent()).toBe("3");
    await page.locator("input[name='weight.COOPERATION.number']").fill("0");
    await page.waitForFunction(
      () => document.querySelector("[data-testid=what-if-ranking] tr[data-unit=north] [data-testid=rank]")?.textContent === "2",
    );
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
    const total = page.locator("[data-testid=contracts-total]");
    await total.waitFor();
    expect(await total.locator("td").first().textContent()).toContain("合计");
    expect(await page.locator("[data-testid=contracts-table] tbody tr").count()).toBe(5);
    expect(await page.locator("[data-testid=contracts-table] tr[data-unit=north] td").nth(1).textContent()).toBe("320.00");
  });
});
