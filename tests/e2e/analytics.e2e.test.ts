import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInAs } from "./support/auth.ts";
import { launchBrowser, newPage, VIEWPORTS } from "./support/browser.ts";
import { definitionOf } from "./support/locators.ts";
import { startServer, type E2EServer } from "./support/server.ts";

/**
 * The deputy general manager's analytics views (创收, 成本, 满意度与协作, 趋势) on the demo data:
 * real figures of the worked example (2025) and the generated 2023–2024, the unit filter in the
 * URL, and the browser's back button undoing it.
 */
let server: E2EServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  page = await newPage(browser, VIEWPORTS.laptop);
  await signInAs(page, server.url, "deputy-gm");
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** A headline figure's number, e.g. "345.60", found by the label it is read with, once it has loaded. */
const kpi = (label: string) => definitionOf(page, label).locator(".kpi__number").textContent({ timeout: 15_000 });
/** Waits until a headline figure shows `text` (data loads after navigation). */
const kpiBecomes = (label: string, text: string) => expect.poll(() => kpi(label), { timeout: 15_000 }).toBe(text);
const UNIT_NAMES: Record<string, string> = { all: "全部单位", north: "城北管理站", south: "城南管理站" };
const chip = (unit: string) =>
  page.getByRole("group", { name: /^(按单位查看|突出显示单位)$/ }).getByRole("button", { name: UNIT_NAMES[unit], exact: true });
/** A chart card, named by its title. */
const figure = (title: string) => page.getByRole("figure", { name: title, exact: true });
/** The drawn chart of a card: its SVG has nothing a user could name, so it is found by Recharts' class. */
const chart = (title: string) => figure(title).locator("svg.recharts-surface").first();

describe("创收 revenue completion", () => {
  const projection = () => page.getByRole("table", { name: /^(完成情况明细|年末预计)$/ });
  const tableRow = (unit: string) => projection().locator(`tr[data-unit=${unit}]`);
  // The figures keep their test ids: single cells of a wide table, which no role names by column.

  it("shows 2025 as the worked example: north 345.60 万元 of 320.00, 108.00 %", async () => {
    await page.goto(`${server.url}/revenue?year=2025`);
    await tableRow("north").waitFor();
    expect(await page.locator("h1").textContent()).toBe("2025年度创收完成情况");
    expect(await tableRow("north").locator("[data-testid=revenue-to-date]").textContent()).toBe("345.60");
    expect(await tableRow("north").locator("[data-testid=completion]").textContent()).toBe("108.00%");
    expect(await tableRow("south").locator("[data-testid=completion]").textContent()).toBe("93.00%");
    expect(await projection().locator("tbody tr").count()).toBe(5);
    await kpiBecomes("全年上解", "1,072.10");
  });

  it("draws the cumulative, completion, category and per-unit charts with legends", async () => {
    for (const title of ["全部门 · 累计上解与任务", "各单位任务完成率", "全部门 · 按月上解构成", "城北管理站", "集体户收费组"]) {
      await chart(title).waitFor();
    }
    const legend = (title: string) => figure(title).getByRole("list").getByRole("listitem");
    expect(await legend("全部门 · 累计上解与任务").count()).toBe(3); // actual, target, pace: no projection once the year is over
    expect(await legend("全部门 · 按月上解构成").first().textContent()).toContain("收视费");
    // One bar per unit, against the 100 % line.
    expect(await figure("各单位任务完成率").locator(".recharts-bar-rectangle").count()).toBe(5);
  });

  it("narrows to one unit through the URL and back", async () => {
    await chip("north").click();
    await kpiBecomes("全年上解", "345.60");
    expect(page.url()).toContain("unit=north");
    expect(await kpi("完成率")).toBe("108.00%");
    // The cumulative chart now follows north: its card is titled with the unit.
    await chart("城北管理站 · 累计上解与任务").waitFor();
    await page.goBack();
    await kpiBecomes("全年上解", "1,072.10");
    expect(page.url()).not.toContain("unit=");
  });

  it("projects the year end as of a chosen month, and back restores the full year", async () => {
    await page.getByRole("combobox", { name: /^截至/ }).selectOption("6");
    expect(page.url()).toContain("month=6");
    await expect.poll(() => tableRow("north").locator("[data-testid=completion]").textContent(), { timeout: 15_000 }).toBe("56.00%");
    // Mid-year the department's projected year end and the weekly amount still needed appear.
    await kpiBecomes("预计年末完成率", "98.43%");
    expect(await figure("全部门 · 累计上解与任务").getByRole("list").getByRole("listitem").count()).toBe(4);
    await page.goBack();
    await expect.poll(() => tableRow("north").locator("[data-testid=completion]").textContent(), { timeout: 15_000 }).toBe("108.00%");
    expect(page.url()).not.toContain("month=");
  });
});

describe("成本 cost control", () => {
  it("compares north's 2025 costs with its budget: 66.50 of 70.00 万元, 95.00 % used", async () => {
    await page.goto(`${server.url}/cost?year=2025&unit=north`);
    await kpiBecomes("年度预算", "70.00");
    expect(await kpi("已计成本")).toBe("66.50");
    expect(await kpi("节余")).toBe("3.50");
    expect(await kpi("预算使用率")).toBe("95.00%");
    expect(await chip("north").getAttribute("aria-pressed")).toBe("true");
    // The saving cells keep their test ids: one figure of a wide table, which no role names by column.
    const costs = page.getByRole("table", { name: "成本明细" });
    expect(await costs.locator("tr[data-unit=north] [data-testid=saving]").textContent()).toBe("+3.50");
    expect(await costs.locator("tr[data-unit=south] [data-testid=saving]").textContent()).toBe("-2.52");
    for (const title of ["各单位预算与实际成本", "节余与超支", "城北管理站 · 每月成本", "城北管理站 · 累计成本与预算"]) await chart(title).waitFor();
  });

  it("shows the department when the unit filter is cleared, and north again on back", async () => {
    await chip("all").click();
    await kpiBecomes("年度预算", "214.00");
    expect(page.url()).not.toContain("unit=");
    await page.goBack();
    await kpiBecomes("年度预算", "70.00");
    expect(page.url()).toContain("unit=north");
  });
});

describe("满意度与协作 satisfaction and cooperation", () => {
  it("counts the department's callbacks and north's 81.25 % satisfaction rate and six dispatch orders", async () => {
    await page.goto(`${server.url}/service?year=2025`);
    await kpiBecomes("回访次数", "123");
    await chip("north").click();
    await kpiBecomes("回访次数", "40");
    expect(await kpi("满意率")).toBe("81.25%");
    expect(await kpi("调度指令")).toBe("6");
    expect(await kpi("按时完成率")).toBe("50.0%");
    await page.goBack();
    await kpiBecomes("回访次数", "123");
  });

  it("draws callbacks, complaints, dispatches and the committee's score spread", async () => {
    for (const title of [
      "各单位回访结果",
      "全部门 · 每月回访",
      "各单位投诉",
      "全部门 · 每月投诉",
      "各单位调度完成情况",
      "全部门 · 每月调度",
      "评分分布 · 服务满意度",
      "评分分布 · 团结协作",
    ]) {
      await chart(title).waitFor();
    }
    // One box per unit on each committee dimension.
    expect(await figure("评分分布 · 服务满意度").locator(".recharts-bar-rectangle").count()).toBe(5);
  });
});

describe("趋势 trends", () => {
  const yoy = () => page.getByRole("table", { name: "逐年变化" });
  const yoyRow = (unit: string) => yoy().locator(`tr[data-unit=${unit}]`);
  // The year cells keep their test ids: one figure of a year-by-year table, which no role names by column.

  it("shows 2023–2025 for five units, north's 2025 total 92.33 in third place", async () => {
    await page.goto(`${server.url}/trends`);
    await yoyRow("north").waitFor();
    expect(await yoy().locator("tbody tr").count()).toBe(5);
    const years = await yoy().getByRole("columnheader").and(page.locator("[scope=colgroup]")).allTextContents();
    expect(years.map((y) => y.slice(0, 4))).toEqual(["2023", "2024", "2025"]);
    expect(await yoyRow("north").locator("[data-testid=total-2025] strong").textContent()).toBe("92.33");
    expect(await yoyRow("north").locator("[data-testid=rank-2025]").textContent()).toContain("3");
    await kpiBecomes("覆盖年度", "2023–2025");
  });

  it("draws a line per unit for totals and ranks and one small chart per dimension", async () => {
    await chart("历年总分").waitFor();
    await chart("历年名次").waitFor();
    expect(await figure("历年总分").locator(".recharts-line").count()).toBe(5);
    expect(await figure("历年名次").locator(".recharts-line").count()).toBe(5);
    for (const dimension of ["经济指标", "成本控制", "服务满意度", "团结协作"]) await chart(dimension).waitFor();
  });

  it("highlights the unit picked in the URL and forgets it on back", async () => {
    await chip("south").click();
    await expect.poll(() => yoyRow("south").getAttribute("class")).toContain("is-selected");
    expect(page.url()).toContain("unit=south");
    await page.goBack();
    // Back has landed (no unit in the URL) before the highlight is checked to be gone.
    await page.waitForURL((url) => !url.searchParams.has("unit"));
    await expect.poll(() => yoyRow("south").getAttribute("class")).not.toContain("is-selected");
  });

  it("reads in English on a desktop screen", async () => {
    const desktop = await newPage(browser, VIEWPORTS.desktop);
    await signInAs(desktop, server.url, "deputy-gm", "/trends?lang=en");
    await desktop.locator("h1", { hasText: "Trends" }).waitFor();
    const north = desktop.getByRole("table", { name: "Year-over-year change" }).locator("tr[data-unit=north]");
    await north.waitFor();
    expect(await north.getByRole("cell").first().textContent()).toBe("North management station");
    expect(await north.locator("[data-testid=total-2025] strong").textContent()).toBe("92.33");
    await desktop.context().close();
  });
});
