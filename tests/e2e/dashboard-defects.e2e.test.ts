import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gqlInPage, signInAs } from "./support/auth.ts";
import { launchBrowser, newPage, VIEWPORTS } from "./support/browser.ts";
import { pdfPages } from "./support/pdf-text.ts";
import { definitionOf } from "./support/locators.ts";
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

/** A headline figure, found by the label it is read with ("年度预算"), once it has loaded. */
const kpiText = (page: Page, label: string) => definitionOf(page, label).textContent({ timeout: 15_000 });
const kpiLabel = (page: Page, label: RegExp) => page.getByRole("term").filter({ hasText: label });
const unitFilter = (page: Page) => page.getByRole("group", { name: /^(按单位查看|突出显示单位)$/ });
const scopeNote = (page: Page) => page.getByRole("note").filter({ hasText: /^仅显示/ });

describe("a station head's pages say they show the head's unit only", () => {
  it("trends: no 'first place' for a unit ranked third, no 'most improved' for a unit that lost a place", async () => {
    const page = await as("head-north", "/trends");
    const yoy = page.getByRole("table", { name: "逐年变化" });
    await yoy.locator("tr[data-unit=north]").waitFor();
    // The head's own figures have loaded (their label names the unit and the year) before the absent ones are looked for.
    await expect.poll(() => kpiText(page, "城北管理站 2025年名次")).toContain("第3名");
    expect(await kpiLabel(page, /年第一名$/).count()).toBe(0);
    expect(await kpiLabel(page, /年总分提高最多$/).count()).toBe(0);
    expect(await kpiLabel(page, /^总分较2024年$/).count()).toBe(1);
    // The rank cell keeps its test id: one figure of a year-by-year table, which no role names.
    expect(await yoy.locator("tr[data-unit=north] [data-testid=rank-2025]").textContent()).toMatch(/^3/);
    expect(await page.locator(".page-head .muted").textContent()).toContain("城北管理站");
    expect(await scopeNote(page).textContent()).toContain("仅显示城北管理站的数据");
    expect(await unitFilter(page).count()).toBe(0);
    await page.context().close();
  });

  it("cost: no chips for units whose figures the head cannot read, and no title claiming the department", async () => {
    const page = await as("head-north", "/cost?year=2025");
    await page.getByRole("table", { name: "成本明细" }).locator("tr[data-unit=north]").waitFor();
    // The scope note stands where the unit filter would: once it shows, the filter's place has rendered.
    await scopeNote(page).waitFor();
    expect(await page.getByRole("button", { name: "城南管理站", exact: true }).count()).toBe(0);
    expect(await scopeNote(page).textContent()).toContain("城北管理站");
    // Every chart has drawn its title before the titles are read.
    await page.getByRole("figure", { name: "城北管理站 · 累计成本与预算" }).waitFor();
    const titles = await page.locator(".chart-card__title").allTextContents();
    expect(titles.join(" ")).not.toContain("全部门");
    expect(titles).toContain("城北管理站 · 每月成本");
    expect(await page.getByRole("figure", { name: "各单位预算与实际成本" }).getByText(/^仅/).textContent()).toBe("仅城北管理站");
    await expect.poll(() => kpiText(page, "年度预算")).toContain("70.00");
    expect(await page.getByText("该年度没有目标责任书").count()).toBe(0);
    // A link naming another unit shows the head's own unit, not a false "no contract".
    await page.goto(`${server.url}/cost?year=2025&unit=south`);
    await expect.poll(() => kpiText(page, "年度预算")).toContain("70.00");
    expect(await page.getByText("该年度没有目标责任书").count()).toBe(0);
    await page.context().close();
  });
});

describe("the ⓘ explanation icon", () => {
  it("is a drawn icon with a name and a tooltip shown on keyboard focus", async () => {
    const page = await as("deputy-gm", "/cost?year=2025");
    const header = page.getByRole("table", { name: "成本明细" }).getByRole("columnheader", { name: /未计入/ });
    await header.waitFor();
    expect(await header.textContent()).not.toContain("ⓘ");
    const icon = header.getByRole("button", { name: "“未计入”的说明" });
    expect(await icon.locator("svg circle").count()).toBeGreaterThan(0);
    const box = await icon.boundingBox();
    expect(box!.width).toBeGreaterThan(10);
    const tip = page.getByRole("tooltip");
    // The icon has been drawn (its box measured above): the tooltip is hidden, not merely not there yet.
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
    const firstDate = page.getByRole("table", { name: "待保存的记录" }).getByLabel("行 1 日期", { exact: true });
    await firstDate.waitFor();
    // Today is in a later year: the picked year's last day.
    await expect.poll(() => firstDate.inputValue()).toBe("2024-12-31");
    await page.getByLabel("考核年度").selectOption("2025");
    await expect.poll(() => firstDate.inputValue()).toBe("2025-12-31");
    await page.context().close();
  });
});

describe("the printed report", () => {
  // In English: the PDF's text is read back, and a machine without CJK fonts prints Chinese as empty glyphs.
  it("prints A4 pages with the report's name, page numbers and the committee's signature lines", async () => {
    const page = await as("committee1", "/assessment?year=2025&lang=en");
    await page.getByRole("table", { name: "Ranking" }).locator("tr[data-unit=north]").waitFor();
    await page.emulateMedia({ media: "print" });
    // The signature lines name the members once their query has answered: print after that, not before.
    await page.getByRole("region", { name: "Committee signatures" }).getByText("committee5", { exact: true }).waitFor();
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
    const finalize = page.getByRole("button", { name: "定稿", exact: true });
    await finalize.waitFor();
    const before = await header.boundingBox();
    await finalize.click();
    await page.getByRole("dialog", { name: "定稿 2025 年度考核?" }).getByRole("button", { name: "定稿", exact: true }).click();
    await page.getByRole("status", { name: "考核状态" }).filter({ hasText: "已定稿" }).waitFor();
    // Two statuses say 已定稿: the badge in the header, then the notice after it; the notice sits in the feedback block.
    const finalised = page.getByRole("status").filter({ hasText: /^已定稿$/ });
    await expect.poll(() => finalised.count()).toBe(2);
    const feedback = finalised.last().locator("xpath=..");
    expect(
      await header
        .getByRole("status")
        .filter({ hasText: /^已定稿$/ })
        .count(),
    ).toBe(1);
    const after = await header.boundingBox();
    expect(after!.height).toBe(before!.height);
    const title = await header.locator("h1").boundingBox();
    const print = await header.getByRole("button", { name: "打印报告" }).boundingBox();
    expect(Math.abs(title!.y + title!.height / 2 - (print!.y + print!.height / 2))).toBeLessThan(8);
    expect((await feedback.boundingBox())!.y).toBeGreaterThanOrEqual(after!.y + after!.height);
  });

  it("offers no edit buttons on its contracts, and says why", async () => {
    await page.goto(`${server.url}/contracts?year=2025`);
    const contracts = page.getByRole("table", { name: "各单位目标责任书" });
    await contracts.locator("tr[data-unit=north]").waitFor();
    await page.getByRole("note").filter({ hasText: "该年度已定稿:目标责任书只能查看" }).waitFor();
    expect(await contracts.getByRole("button", { name: "编辑" }).count()).toBe(0);
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
    await admin.getByRole("table", { name: "各单位目标责任书" }).locator("tr[data-unit=north]").getByRole("button", { name: "编辑" }).waitFor();
    await admin.context().close();
  });
});
