import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInAs } from "./support/auth.ts";
import { launchBrowser, newPage } from "./support/browser.ts";
import { startServer, type E2EServer } from "./support/server.ts";

/** Who sees what: the sign-in page, and navigation and actions by role. */
let server: E2EServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const navLabels = async (page: import("playwright-core").Page) => (await page.locator("nav.side-nav a").allTextContents()).map((s) => s.trim());
const ranking = (page: import("playwright-core").Page) => page.getByRole("table", { name: "考核排名" });
const finalizeButton = (page: import("playwright-core").Page) => page.getByRole("button", { name: "定稿", exact: true });

describe("roles", () => {
  it("asks for a sign-in first and refuses a wrong password", async () => {
    const page = await newPage(browser);
    await page.goto(`${server.url}/assessment?year=2025`);
    await page.locator("input[name=username]").fill("clerk");
    await page.locator("input[name=password]").fill("wrong password");
    await page.locator("form button[type=submit]").click();
    await page.getByRole("alert").waitFor();
    // The refusal is on screen, so the page has answered: still no app shell.
    expect(await page.getByRole("navigation").count()).toBe(0);
    await page.context().close();
  });

  it("gives the clerk data entry and contract editing, but not finalisation", async () => {
    const page = await newPage(browser);
    await signInAs(page, server.url, "clerk", "/assessment?year=2025");
    // The ranking has its rows: the page has settled before the finalise button is looked for.
    await ranking(page).locator("tr[data-unit=north]").waitFor();
    expect(await navLabels(page)).toContain("数据录入");
    expect(await finalizeButton(page).count()).toBe(0);
    await page.goto(`${server.url}/contracts?year=2025`);
    await page.getByRole("table", { name: "各单位目标责任书" }).locator("tr[data-unit=north]").getByRole("button", { name: "编辑" }).waitFor();
    await page.context().close();
  });

  it("gives a committee member the score form and finalisation, not data entry", async () => {
    const page = await newPage(browser);
    await signInAs(page, server.url, "committee1", "/assessment?year=2025");
    const member = page.getByLabel("评分人");
    await member.waitFor();
    await ranking(page).locator("tr[data-unit=north]").waitFor();
    expect(await finalizeButton(page).count()).toBe(1);
    expect(await navLabels(page)).not.toContain("数据录入");
    expect(await member.inputValue()).toBe("committee1");

    // The unit's explanations name only their own committee scores until the year is finalised.
    await page.goto(`${server.url}/assessment?year=2025&unit=north`);
    const detail = page.getByRole("region", { name: "城北管理站 · 得分说明" });
    const withheld = detail.getByText(/^其他 \d 位委员的评分定稿后公开$/);
    await withheld.first().waitFor();
    const raters = await detail.locator(".raters .rater:not(.rater--withheld)").allTextContents();
    expect(raters.length).toBeGreaterThan(0);
    for (const rater of raters) expect(rater).toMatch(/^committee1 /);
    expect(await withheld.first().textContent()).toMatch(/^其他 \d 位委员的评分定稿后公开$/);
    expect(await detail.textContent()).not.toMatch(/committee[2-5]/);
    await page.context().close();
  });

  it("shows a station head their own unit while the year is open, and signs out", async () => {
    const page = await newPage(browser);
    await signInAs(page, server.url, "head-north", "/assessment?year=2025");
    await ranking(page).locator("tr[data-unit=north]").waitFor();
    const units = await ranking(page)
      .locator("tbody tr")
      .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-unit")));
    expect(units).toEqual(["north"]);
    expect(await navLabels(page)).not.toContain("数据录入");
    await page.getByRole("button", { name: "退出登录" }).click();
    await page.getByLabel("用户名").waitFor();
    await page.context().close();
  });
});
