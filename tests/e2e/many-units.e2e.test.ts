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

/** A chart card by its title; inside, the drawing is found by Recharts' classes (nothing in an SVG has a role). */
const card = (title: string) => page.getByRole("figure", { name: title, exact: true });
const TOTALS = "总分构成";
const RADAR = "四维度对比";
const tableRows = () => page.getByRole("table", { name: "考核排名" }).locator("tbody tr");
/** One tick label per bar: the unit names under the stacked totals. */
const totalsTicks = () => card(TOTALS).locator(".recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value");
/** One polygon group per unit on the radar. */
const radarPolygons = () => card(RADAR).locator(".recharts-radar");
/** The note under a chart's title when it draws only some units. */
const limitedNote = (title: string) => card(title).getByText(/^图中显示 \d+ 个单位/);

async function openAssessment(query = "") {
  await page.goto(`${server.url}/assessment?year=2025${query}`);
  await expect.poll(() => tableRows().count(), { timeout: 20_000 }).toBe(UNITS);
  await card(TOTALS).locator("svg.recharts-surface").first().waitFor();
  await card(RADAR).locator("svg.recharts-surface").first().waitFor();
}

describe("the year-end assessment with 65 units", () => {
  it("lists every unit in the ranking table but draws at most 40 bars and 8 radar polygons", async () => {
    await openAssessment();
    expect(await tableRows().count()).toBe(UNITS);
    expect(await totalsTicks().count()).toBe(40);
    expect(await radarPolygons().count()).toBe(8);
    expect(await card(RADAR).getByRole("list").getByRole("listitem").count()).toBe(8); // the legend lists only the units drawn
    expect(await limitedNote(TOTALS).textContent()).toBe("图中显示 40 个单位(共 65 个),完整数据见表格");
    expect(await limitedNote(RADAR).textContent()).toBe("图中显示 8 个单位(共 65 个),完整数据见表格");
  });

  it("draws the best-ranked units, in rank order", async () => {
    const firstInTable = (await tableRows().first().locator(".unit-chip").textContent())!.trim();
    expect(await card(RADAR).getByRole("list").getByRole("listitem").first().textContent()).toBe(firstInTable);
    expect(await totalsTicks().first().textContent()).toBe(firstInTable);
  });

  it("keeps a unit picked from the bottom of the ranking in both charts, in the last place", async () => {
    const last = (await tableRows().last().getAttribute("data-unit"))!;
    const lastName = (await tableRows().last().locator(".unit-chip").textContent())!.trim();
    await openAssessment(`&unit=${last}`);
    expect(await radarPolygons().count()).toBe(8);
    expect(await card(RADAR).getByRole("list").getByRole("listitem").last().textContent()).toBe(lastName);
    expect(await totalsTicks().count()).toBe(40);
    expect(await totalsTicks().last().textContent()).toBe(lastName);
  });
});

describe("the trends with 65 units", () => {
  it("draws 20 lines per chart, and says so", async () => {
    await page.goto(`${server.url}/trends`);
    await card("历年总分").locator("svg.recharts-surface").first().waitFor({ timeout: 20_000 });
    expect(await card("历年总分").locator(".recharts-line").count()).toBe(20);
    expect(await card("历年名次").locator(".recharts-line").count()).toBe(20);
    expect(await limitedNote("历年总分").textContent()).toBe("图中显示 20 个单位(共 65 个),完整数据见表格");
    await expect.poll(() => page.getByRole("table", { name: "逐年变化" }).locator("tbody tr").count(), { timeout: 20_000 }).toBe(UNITS);
  });
});

describe("the unit filter with 65 units", () => {
  it("becomes a drop-down whose choice goes into the URL", async () => {
    await page.goto(`${server.url}/cost?year=2025`);
    const select = page.getByRole("combobox", { name: "按单位查看" });
    await select.waitFor();
    // The drop-down is there, so the filter has rendered: no row of unit buttons beside it.
    expect(await page.getByRole("group", { name: "按单位查看" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "城南管理站", exact: true }).count()).toBe(0);
    expect(await select.locator("option").count()).toBe(UNITS + 1); // 全部单位 first
    await select.selectOption("south");
    await expect.poll(() => new URL(page.url()).searchParams.get("unit")).toBe("south");
    await select.selectOption("");
    await expect.poll(() => new URL(page.url()).searchParams.get("unit")).toBeNull();
  });
});
