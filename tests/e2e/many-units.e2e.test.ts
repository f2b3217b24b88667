import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInAs } from "./support/auth.ts";
import { launchBrowser, newPage, VIEWPORTS } from "./support/browser.ts";
import { addManyUnits } from "./support/many-units.ts";
import { startServer, type E2EServer } from "./support/server.ts";

/**
 * A year with many units: the demo's five plus 60 added straight into this file's own server
 * database (no other test file sees them). The per-unit charts draw only the best-ranked units
 * and say so; the ranking table still lists every unit.
 */
const ADDED = 60;
const UNITS = 5 + ADDED;

let server: E2EServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  await addManyUnits(server.databaseUrl, 2025, ADDED);
  page = await newPage(browser, VIEWPORTS.laptop);
  await signInAs(page, server.url, "demo-admin");
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const card = (testId: string) => page.locator(`[data-testid=${testId}]`);
const tableRows = () => page.locator("[data-testid=ranking-table] tbody tr");
/** One tick label per bar: the unit names under the stacked totals. */
const totalsTicks = () => card("totals-chart").locator(".recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value");
/** One polygon group per unit on the radar. */
const radarPolygons = () => card("radar-chart").locator(".recharts-radar");

async function openAssessment(query = "") {
  await page.goto(`${server.url}/assessment?year=2025${query}`);
  await expect.poll(() => tableRows().count(), { timeout: 20_000 }).toBe(UNITS);
  await card("totals-chart").locator("svg.recharts-surface").first().waitFor();
  await card("radar-chart").locator("svg.recharts-surface").first().waitFor();
}

describe("the year-end assessment with 65 units", () => {
  it("lists every unit in the ranking table but draws at most 40 bars and 8 radar polygons", async () => {
    await openAssessment();
    expect(await tableRows().count()).toBe(UNITS);
    expect(await totalsTicks().count()).toBe(40);
    expect(await radarPolygons().count()).toBe(8);
    expect(await card("radar-chart").locator(".legend li").count()).toBe(8); // the legend lists only the units drawn
    expect(await card("totals-chart").locator("[data-testid=chart-units-limited]").textContent()).toBe("图中显示 40 个单位(共 65 个),完整数据见表格");
    expect(await card("radar-chart").locator("[data-testid=chart-units-limited]").textContent()).toBe("图中显示 8 个单位(共 65 个),完整数据见表格");
  });

  it("draws the best-ranked units, in rank order", async () => {
    const firstInTable = (await tableRows().first().locator(".unit-chip").textContent())!.trim();
    expect(await card("radar-chart").locator(".legend li").first().textContent()).toBe(firstInTable);
    expect(await totalsTicks().first().textContent()).toBe(firstInTable);
  });

  it("keeps a unit picked from the bottom of the ranking in both charts, in the last place", async () => {
    const last = (await tableRows().last().getAttribute("data-unit"))!;
    const lastName = (await tableRows().last().locator(".unit-chip").textContent())!.trim();
    await openAssessment(`&unit=${last}`);
    expect(await radarPolygons().count()).toBe(8);
    expect(await card("radar-chart").locator(".legend li").last().textContent()).toBe(lastName);
    expect(await totalsTicks().count()).toBe(40);
    expect(await totalsTicks().last().textContent()).toBe(lastName);
  });
});

describe("the trends with 65 units", () => {
  it("draws 20 lines per chart, and says so", async () => {
    await page.goto(`${server.url}/trends`);
    await card("total-trend").locator("svg.recharts-surface").first().waitFor({ timeout: 20_000 });
    expect(await card("total-trend").locator(".recharts-line").count()).toBe(20);
    expect(await card("rank-trend").locator(".recharts-line").count()).toBe(20);
    expect(await card("total-trend").locator("[data-testid=chart-units-limited]").textContent()).toBe("图中显示 20 个单位(共 65 个),完整数据见表格");
    expect(await page.locator("[data-testid=yoy-table] tbody tr").count()).toBe(UNITS);
  });
});

describe("the unit filter with 65 units", () => {
  it("becomes a drop-down whose choice goes into the URL", async () => {
    await page.goto(`${server.url}/cost?year=2025`);
    const select = page.locator("[data-testid=unit-filter] select");
    await select.waitFor();
    expect(await page.locator("[data-testid=unit-filter] button").count()).toBe(0);
    expect(await select.locator("option").count()).toBe(UNITS + 1); // 全部单位 first
    await select.selectOption("south");
    await expect.poll(() => new URL(page.url()).searchParams.get("unit")).toBe("south");
    await select.selectOption("");
    await expect.poll(() => new URL(page.url()).searchParams.get("unit")).toBeNull();
  });
});
