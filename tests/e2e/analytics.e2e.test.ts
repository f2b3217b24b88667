import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInAs } from "./support/auth.ts";
import { launchBrowser, newPage, VIEWPORTS } from "./support/browser.ts";
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

/** A headline figure's number, e.g. "345.60", once it has loaded. */
const kpi = (key: string) => page.locator(`[data-testid=kpi-${key}] .kpi__number`).textContent({ timeout: 15_000 });
/** Waits until a headline figure shows `text` (data loads after navigation). */
const kpiBecomes = (key: string, text: string) => expect.poll(() => kpi(key), { timeout: 15_000 }).toBe(text);
const chip = (unit: string) => page.locator(`[data-testid=unit-filter] button[data-unit=${unit}]`);
const chart = (testId: string) => page.locator(`[data-testid=${testId}] svg.recharts-surface`).first();

describe("创收 revenue completion", () => {
  const tableRow = (unit: string) => page.locator(`[data-testid=projection-table] tr[data-unit=${unit}]`);

  it("shows 2025 as the worked example: north 345.60 万元 of 320.00, 108.00 %", async () => {
    await page.goto(`${server.url}/revenue?year=2025`);
    await tableRow("north").waitFor();
    expect(await page.locator("h1").textContent()).toBe("2025年度创收完成情况");
    expect(await tableRow("north").locator("[data-testid=revenue-to-date]").textContent()).toBe("345.60");
    expect(await tableRow("north").locator("[data-testid=completion]").textContent()).toBe("108.00%");
    expect(await tableRow("south").locator("[data-testid=completion]").textContent()).toBe("93.00%");
    expect(await page.locator("[data-testid=projection-table] tbody tr").count()).toBe(5);
    await kpiBecomes("to-date", "1,072.10");
  });

  it("draws the cumulative, completion, category and per-unit charts with legends", async () => {
    for (const id of ["cumulative-department", "completion-chart", "revenue-by-category", "cumulative-north", "cumulative-collective"]) {
      await chart(id).waitFor();
    }
    expect(await page.locator("[data-testid=cumulative-department] .legend li").count()).toBe(3); // actual, target, pace: no projection once the year is over
    expect(await page.locator("[data-testid=revenue-by-category] .legend li").first().textContent()).toContain("收视费");
    // One bar per unit, against the 100 % line.
    expect(await page.locator("[data-testid=completion-chart] .recharts-bar-rectangle").count()).toBe(5);
  });

  it("narrows to one unit through the URL and back", async () => {
    await chip("north").click();
    await kpiBecomes("to-date", "345.60");
    expect(page.url()).toContain("unit=north");
    expect(await kpi("completion")).toBe("108.00%");
    expect(await page.locator("[data-testid=cumulative-north] h3").textContent()).toContain("城北管理站");
    await page.goBack();
    await kpiBecomes("to-date", "1,072.10");
    expect(page.url()).not.toContain("unit=");
  });

  it("projects the year end as of a chosen month, and back restores the full year", async () => {
    await page.locator("[data-testid=as-of-month]").selectOption("6");
    expect(page.url()).toContain("month=6");
    await expect.poll(() => tableRow("north").locator("[data-testid=completion]").textContent(), { timeout: 15_000 }).toBe("56.00%");
    // Mid-year the department's projected year end and the weekly amount still needed appear.
    await kpiBecomes("projected", "98.43%");
    expect(await page.locator("[data-testid=cumulative-department] .legend li").count()).toBe(4);
    await page.goBack();
    await expect.poll(() => tableRow("north").locator("[data-testid=completion]").textContent(), { timeout: 15_000 }).toBe("108.00%");
    expect(page.url()).not.toContain("month=");
  });
});

describe("成本 cost control", () => {
  it("compares north's 2025 costs with its budget: 66.50 of 70.00 万元, 95.00 % used", async () => {
    await page.goto(`${server.url}/cost?year=2025&unit=north`);
    await kpiBecomes("budget", "70.00");
    expect(await kpi("spent")).toBe("66.50");
    expect(await kpi("saving")).toBe("3.50");
    expect(await kpi("used")).toBe("95.00%");
    expect(await chip("north").getAttribute("aria-pressed")).toBe("true");
    const north = page.locator("[data-testid=cost-table] tr[data-unit=north]");
    expect(await north.locator("[data-testid=saving]").textContent()).toBe("+3.50");
    expect(await page.locator("[data-testid=cost-table] tr[data-unit=south] [data-testid=saving]").textContent()).toBe("-2.52");
    for (const id of ["budget-vs-actual", "savings-chart", "monthly-spend", "cumulative-spend"]) await chart(id).waitFor();
  });

  it("shows the department when the unit filter is cleared, and north again on back", async () => {
    await chip("all").click();
    await kpiBecomes("budget", "214.00");
    expect(page.url()).not.toContain("unit=");
    await page.goBack();
    await kpiBecomes("budget", "70.00");
    expect(page.url()).toContain("unit=north");
  });
});

describe("满意度与协作 satisfaction and cooperation", () => {
  it("counts the department's callbacks and north's 81.25 % satisfaction rate and six dispatch orders", async () => {
    await page.goto(`${server.url}/service?year=2025`);
    await kpiBecomes("callbacks", "123");
    await chip("north").click();
    await kpiBecomes("callbacks", "40");
    expect(await kpi("satisfaction")).toBe("81.25%");
    expect(await kpi("dispatches")).toBe("6");
    expect(await kpi("on-time")).toBe("50.0%");
    await page.goBack();
    await kpiBecomes("callbacks", "123");
  });

  it("draws callbacks, complaints, dispatches and the committee's score spread", async () => {
    for (const id of [
      "callbacks-by-unit",
      "callbacks-by-month",
      "complaints-by-unit",
      "complaints-by-month",
      "dispatches-by-unit",
      "dispatches-by-month",
      "spread-satisfaction",
      "spread-cooperation",
    ]) {
      await chart(id).waitFor();
    }
    // One box per unit on each committee dimension.
    expect(await page.locator("[data-testid=spread-satisfaction] .recharts-bar-rectangle").count()).toBe(5);
  });
});

describe("趋势 trends", () => {
  const yoyRow = (unit: string) => page.locator(`[data-testid=yoy-table] tr[data-unit=${unit}]`);

  it("shows 2023–2025 for five units, north's 2025 total 92.33 in third place", async () => {
    await page.goto(`${server.url}/trends`);
    await yoyRow("north").waitFor();
    expect(await page.locator("[data-testid=yoy-table] tbody tr").count()).toBe(5);
    const years = await page.locator("[data-testid=yoy-table] th.col-group").allTextContents();
    expect(years.map((y) => y.slice(0, 4))).toEqual(["2023", "2024", "2025"]);
    expect(await yoyRow("north").locator("[data-testid=total-2025] strong").textContent()).toBe("92.33");
    expect(await yoyRow("north").locator("[data-testid=rank-2025]").textContent()).toContain("3");
    await kpiBecomes("years", "2023–2025");
  });

  it("draws a line per unit for totals and ranks and one small chart per dimension", async () => {
    await chart("total-trend").waitFor();
    await chart("rank-trend").waitFor();
    expect(await page.locator("[data-testid=total-trend] .recharts-line").count()).toBe(5);
    expect(await page.locator("[data-testid=rank-trend] .recharts-line").count()).toBe(5);
    for (const dimension of ["revenue", "cost", "satisfaction", "cooperation"]) await chart(`dimension-${dimension}`).waitFor();
  });

  it("highlights the unit picked in the URL and forgets it on back", async () => {
    await chip("south").click();
    await expect.poll(() => yoyRow("south").getAttribute("class")).toContain("is-selected");
    expect(page.url()).toContain("unit=south");
    await page.goBack();
    await expect.poll(() => yoyRow("south").getAttribute("class")).not.toContain("is-selected");
  });

  it("reads in English on a desktop screen", async () => {
    const desktop = await newPage(browser, VIEWPORTS.desktop);
    await signInAs(desktop, server.url, "deputy-gm", "/trends?lang=en");
    await desktop.locator("h1", { hasText: "Trends" }).waitFor();
    const north = desktop.locator("[data-testid=yoy-table] tr[data-unit=north]");
    await north.waitFor();
    expect(await north.locator("td").first().textContent()).toBe("North management station");
    expect(await north.locator("[data-testid=total-2025] strong").textContent()).toBe("92.33");
    await desktop.context().close();
  });
});
