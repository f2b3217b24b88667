import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gqlInPage, signInAs } from "./support/auth.ts";
import { launchBrowser, newPage, VIEWPORTS } from "./support/browser.ts";
import { pdfPages } from "./support/pdf-text.ts";
import { startServer, type E2EServer } from "./support/server.ts";

/**
 * Defects users reported on the dashboard, each as a user meets it: a station head's trends and
 * cost pages, edit buttons on a finalised year, the finalise feedback in the page header, the ⓘ
 * icon, entry dates outside the picked year, the printed report. The finalisation tests come
 * last: they freeze 2025 for the rest of the file.
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

async function as(username: string, path: string, viewport: { width: number; height: number } = VIEWPORTS.laptop): Promise<Page> {
  const page = await newPage(browser, viewport);
  await signInAs(page, server.url, username, path);
  return page;
}

const kpiText = (page: Page, key: string) => page.locator(`[data-testid=kpi-${key}]`).textContent({ timeout: 15_000 });

describe("a station head's pages say they show the head's unit only", () => {
  it("trends: no 'first place' for a unit ranked third, no 'most improved' for a unit that lost a place", async () => {
    const page = await as("head-north", "/trends");
    await page.locator("[data-testid=yoy-table] tr[data-unit=north]").waitFor();
    await expect.poll(() => kpiText(page, "own-rank")).toContain("第3名");
    expect(await kpiText(page, "own-rank")).toContain("城北管理站 2025年名次");
    expect(await page.locator("[data-testid=kpi-leader]").count()).toBe(0);
    expect(await page.locator("[data-testid=kpi-improved]").count()).toBe(0);
    const change = await kpiText(page, "own-change");
    expect(change).toContain("总分较2024年");
    expect(await page.locator("[data-testid=yoy-table] tr[data-unit=north] [data-testid=rank-2025]").textContent()).toMatch(/^3/);
    expect(await page.locator(".page-head .muted").textContent()).toContain("城北管理站");
    expect(await page.locator("[data-testid=unit-scope]").textContent()).toContain("仅显示城北管理站的数据");
    expect(await page.locator("[data-testid=unit-filter]").count()).toBe(0);
    await page.context().close();
  });

  it("cost: no chips for units whose figures the head cannot read, and no title claiming the department", async () => {
    const page = await as("head-north", "/cost?year=2025");
    await page.locator("[data-testid=cost-table] tr[data-unit=north]").waitFor();
    expect(await page.locator("[data-testid=unit-filter] button[data-unit=south]").count()).toBe(0);
    expect(await page.locator("[data-testid=unit-scope]").textContent()).toContain("城北管理站");
    const titles = await page.locator(".chart-card__title").allTextContents();
    expect(titles.join(" ")).not.toContain("全部门");
    expect(titles).toContain("城北管理站 · 每月成本");
    expect(await page.locator("[data-testid=budget-vs-actual] [data-testid=chart-scope]").textContent()).toBe("仅城北管理站");
    await expect.poll(() => kpiText(page, "budget")).toContain("70.00");
    expect(await page.getByText("该年度没有目标责任书").count()).toBe(0);
    // A link naming another unit shows the head's own unit, not a false "no contract".
    await page.goto(`${server.url}/cost?year=2025&unit=south`);
    await expect.poll(() => kpiText(page, "budget")).toContain("70.00");
    expect(await page.getByText("该年度没有目标责任书").count()).toBe(0);
    await page.context().close();
  });
});

describe("the ⓘ explanation icon", () => {
  it("is a drawn icon with a name and a tooltip shown on keyboard focus", async () => {
    const page = await as("deputy-gm", "/cost?year=2025");
    const header = page.locator("[data-testid=cost-table] th", { hasText: "未计入" });
    await header.waitFor();
    expect(await header.textContent()).not.toContain("ⓘ");
    const icon = header.getByRole("button", { name: "“未计入”的说明" });
    expect(await icon.locator("svg circle").count()).toBeGreaterThan(0);
    const box = await icon.boundingBox();
    expect(box!.width).toBeGreaterThan(10);
    const tip = page.getByRole("tooltip");
    expect(await tip.isVisible()).toBe(false);
    await icon.focus();
    await expect.poll(() => tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toContain("预算期之前的维修材料");
    expect(await icon.getAttribute("aria-describedby")).toBe(await tip.getAttribute("id"));
    await page.context().close();
  });
});

describe("entry dates", () => {
  it("start on a day of the year the picker shows, and follow the picker", async () => {
    const page = await as("clerk", "/entry?year=2024");
    const firstDate = page.locator("[data-testid=entry-grid] input[data-field=date]").first();
    await firstDate.waitFor();
    // Today is in a later year: the picked year's last day.
    expect(await firstDate.inputValue()).toBe("2024-12-31");
    await page.locator("[data-testid=year-picker]").selectOption("2025");
    await expect.poll(() => firstDate.inputValue()).toBe("2025-12-31");
    await page.context().close();
  });
});

describe("the printed report", () => {
  // In English: the PDF's text is read back, and a machine without CJK fonts prints Chinese as empty glyphs.
  it("prints A4 pages with the report's name, page numbers and the committee's signature lines", async () => {
    const page = await as("committee1", "/assessment?year=2025&lang=en");
    await page.locator("[data-testid=ranking-table] tr[data-unit=north]").waitFor();
    await page.emulateMedia({ media: "print" });
    const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true });
    const pages = await pdfPages(pdf);
    expect(pages.length).toBeGreaterThan(2);
    pages.forEach((text, i) => {
      expect(text).toContain(`Page ${i + 1} of ${pages.length}`);
      expect(text).toContain("Year-end assessment report 2025");
    });
    const last = pages.at(-1)!;
    expect(last).toContain("Committee signatures");
    for (const member of ["committee1", "committee2", "committee3", "committee4", "committee5"]) expect(last).toContain(member);
    expect(last.match(/Signature/g)?.length).toBeGreaterThanOrEqual(5);
    await page.context().close();
  });
});

describe("a finalised year", () => {
  let page: Page;

  it("keeps the page header in one line when the finalise feedback appears", async () => {
    page = await as("committee1", "/assessment?year=2025", VIEWPORTS.desktop);
    const header = page.locator("header.page-head");
    await page.locator("[data-testid=finalize-button]").waitFor();
    const before = await header.boundingBox();
    await page.locator("[data-testid=finalize-button]").click();
    await page.locator("[data-testid=confirm-dialog-confirm]").click();
    await page.locator("[data-testid=status-badge]", { hasText: "已定稿" }).waitFor();
    const feedback = page.locator("[data-testid=finalize-feedback]");
    await feedback.getByRole("status").waitFor();
    expect(await header.locator("[data-testid=finalize-feedback]").count()).toBe(0);
    const after = await header.boundingBox();
    expect(after!.height).toBe(before!.height);
    const title = await header.locator("h1").boundingBox();
    const print = await header.getByRole("button", { name: "打印报告" }).boundingBox();
    expect(Math.abs(title!.y + title!.height / 2 - (print!.y + print!.height / 2))).toBeLessThan(8);
    expect((await feedback.boundingBox())!.y).toBeGreaterThanOrEqual(after!.y + after!.height);
  });

  it("offers no edit buttons on its contracts, and says why", async () => {
    await page.goto(`${server.url}/contracts?year=2025`);
    await page.locator("[data-testid=contracts-table] tr[data-unit=north]").waitFor();
    await page.locator("[data-testid=contracts-frozen]").waitFor();
    expect(await page.locator("[data-testid^=edit-]").count()).toBe(0);
    expect(await page.getByRole("button", { name: "新增目标责任书" }).count()).toBe(0);
    // The server does refuse: the button would only have led to an error.
    const refused = await gqlInPage(
      page,
      `mutation { setContract(input: { unitCode: "north", year: 2025, revenueTarget: "1.00", staffCount: 1, vehicleCount: 0,
        baseExpense: "1.00", repairBudget: "0.00", repairBudgetFromMonth: 1, revenueCommissionRate: 1, overTargetRate: 1,
        underTargetDeductionRate: 1, repairSavingsRewardRate: 1 }) { year } }`,
    );
    expect(refused.errors?.[0]?.message).toMatch(/finalised/);
    await page.context().close();
  });

  it("offers the edit buttons again once an administrator reopens it", async () => {
    const admin = await as("demo-admin", "/assessment?year=2025");
    const reopened = await gqlInPage(admin, `mutation { reopenAssessment(year: 2025, reason: "浏览器测试:重新开放") { finalized } }`);
    expect(reopened.errors).toBeUndefined();
    await admin.goto(`${server.url}/contracts?year=2025`);
    await admin.locator("[data-testid=edit-north]").waitFor();
    await admin.context().close();
  });
});
