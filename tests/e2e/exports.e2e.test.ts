import ExcelJS from "exceljs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signInAs } from "./support/auth.ts";
import { launchBrowser, newPage, VIEWPORTS } from "./support/browser.ts";
import { download, parseCsv, screenNumber, tableTexts } from "./support/downloads.ts";
import { startServer, type E2EServer } from "./support/server.ts";

/**
 * The committee's exports: the contract table and the ranking as CSV and Excel, read back and
 * held against what the screen shows (headers, every figure, the 合计 row).
 */
let server: E2EServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  page = await newPage(browser, VIEWPORTS.desktop);
  await signInAs(page, server.url, "deputy-gm");
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** The table card of a heading: its export buttons and its table. */
const card = (heading: string) => page.locator("section.data-table-card", { has: page.getByRole("heading", { name: heading, exact: true }) });

async function readXlsx(bytes: Buffer): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook.worksheets[0];
}

const rowValues = (sheet: ExcelJS.Worksheet, n: number) => (sheet.getRow(n).values as unknown[]).slice(1);

const PLAN_HEADERS = [
  "项目单位",
  "创收任务(万元)",
  "人员(个)",
  "车辆(辆)",
  "基本费用(万元)",
  "维修材料费(万元)",
  "收入提成(%)",
  "超收提成(%)",
  "欠收例扣(%)",
];

describe("the contract table's exports", () => {
  const contracts = () => card("各单位目标责任书");

  it("downloads CSV in the plan's layout, with a BOM, the year and the 合计 row as on screen", async () => {
    await page.goto(`${server.url}/contracts?year=2025`);
    await contracts().locator("tfoot").getByRole("row").waitFor();
    const screen = await tableTexts(contracts().locator("table"));
    const file = await download(page, contracts().getByRole("button", { name: "导出 CSV" }));
    expect(file.name).toMatch(/\.csv$/);
    expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = parseCsv(file.bytes.toString("utf8").slice(1));
    expect(csv[0]).toEqual(["各单位目标责任书"]);
    expect(csv[1]).toEqual(["年度:2025"]);
    expect(csv[2]).toEqual(PLAN_HEADERS);
    const body = csv.slice(3, -1);
    expect(body).toHaveLength(5);
    body.forEach((fields, r) => {
      expect(fields[0]).toBe(screen.rows[r][0]);
      for (let c = 1; c < PLAN_HEADERS.length; c++)
        expect(Number(fields[c]), `${fields[0]} ${PLAN_HEADERS[c]}`).toBe(screenNumber(screen.rows[r][c]));
    });
    expect(body.find((f) => f[0] === "城北管理站")?.slice(1, 6)).toEqual(["320.00", "7", "1", "52.00", "18.00"]);
    const totals = csv.at(-1)!;
    expect(totals[0]).toBe("合计");
    expect(screen.totals?.[0]).toContain("合计");
    for (let c = 1; c <= 5; c++) expect(Number(totals[c])).toBe(screenNumber(screen.totals![c]));
    expect(totals.slice(6)).toEqual(["", "", ""]);
  });

  it("downloads Excel with numbers as numbers: 万元 two decimals, percents, the title row and 合计", async () => {
    const screen = await tableTexts(contracts().locator("table"));
    const file = await download(page, contracts().getByRole("button", { name: "导出 Excel" }));
    expect(file.name).toMatch(/\.xlsx$/);
    const sheet = await readXlsx(file.bytes);
    expect(sheet.getCell("A1").value).toBe("各单位目标责任书");
    expect(sheet.getCell("A2").value).toBe("年度:2025");
    expect(rowValues(sheet, 3)).toEqual(PLAN_HEADERS);
    for (let r = 0; r < 5; r++) {
      const row = sheet.getRow(4 + r);
      expect(row.getCell(1).value).toBe(screen.rows[r][0]);
      for (const c of [2, 5, 6]) {
        expect(row.getCell(c).type).toBe(ExcelJS.ValueType.Number);
        expect(row.getCell(c).numFmt).toBe("#,##0.00");
        expect((row.getCell(c).value as number).toFixed(2)).toBe(screen.rows[r][c - 1].replace(/,/g, ""));
      }
      expect(row.getCell(3).value).toBe(screenNumber(screen.rows[r][2]));
      expect(row.getCell(7).numFmt).toBe("0.00%");
      expect(((row.getCell(7).value as number) * 100).toFixed(2)).toBe(screenNumber(screen.rows[r][6]).toFixed(2));
    }
    const totals = sheet.getRow(9);
    expect(totals.getCell(1).value).toBe("合计");
    expect(totals.font?.bold).toBe(true);
    for (const c of [2, 5, 6]) expect((totals.getCell(c).value as number).toFixed(2)).toBe(screen.totals![c - 1].replace(/,/g, ""));
    expect(totals.getCell(3).value).toBe(screenNumber(screen.totals![2]));
    expect(sheet.rowCount).toBe(9);
  });
});

describe("the ranking's exports", () => {
  const ranking = () => card("考核排名");

  it("downloads the ranking as CSV and Excel in the screen's order, headers in the interface language", async () => {
    await page.goto(`${server.url}/assessment?year=2025`);
    await ranking().getByRole("table").locator("tr[data-unit=north]").waitFor();
    const screen = await tableTexts(ranking().locator("table"));
    const csvFile = await download(page, ranking().getByRole("button", { name: "导出 CSV" }));
    const csv = parseCsv(csvFile.bytes.toString("utf8").slice(1));
    expect(csv[0]).toEqual(["考核排名"]);
    expect(csv[1]).toEqual(["年度:2025"]);
    expect(csv[2]).toEqual(["名次", "单位", "经济指标", "成本控制", "服务满意度", "团结协作", "总分", "等级", "效益工资(万元)", "状态"]);
    expect(csv.slice(3).map((r) => r.slice(0, 2))).toEqual(screen.rows.map((r) => r.slice(0, 2)));
    expect(csv.find((r) => r[1] === "城北管理站")?.slice(6, 9)).toEqual(["92.33", "优秀", "24.85"]);

    const sheet = await readXlsx((await download(page, ranking().getByRole("button", { name: "导出 Excel" }))).bytes);
    expect(sheet.getCell("A1").value).toBe("考核排名");
    const north = sheet.getRow(3 + screen.rows.findIndex((r) => r[1] === "城北管理站") + 1);
    expect(north.getCell(1).value).toBe(3);
    expect(north.getCell(7).value).toBe(92.33);
    expect(north.getCell(7).numFmt).toBe("0.00");
    expect(north.getCell(9).value).toBe(24.846);
    expect(north.getCell(9).numFmt).toBe("#,##0.00");
  });

  it("sorts by a header from the keyboard and exports in the sorted order, in English too", async () => {
    await page.getByRole("button", { name: "English" }).click();
    await page.locator("h1", { hasText: "Year-end assessment 2025" }).waitFor();
    const table = page.getByRole("table", { name: "Ranking" });
    const header = table.getByRole("columnheader", { name: /^Net pay/ });
    expect(await header.getAttribute("aria-sort")).toBe("none");
    await header.getByRole("button").focus();
    await page.keyboard.press("Enter");
    expect(await header.getAttribute("aria-sort")).toBe("ascending");
    await page.keyboard.press("Enter");
    expect(await header.getAttribute("aria-sort")).toBe("descending");
    const pays = (await table.locator("tbody tr").evaluateAll((trs) => trs.map((tr) => tr.children[8].textContent ?? ""))).map(Number);
    expect(pays).toEqual([...pays].sort((a, b) => b - a));
    const csv = parseCsv((await download(page, card("Ranking").getByRole("button", { name: "Export CSV" }))).bytes.toString("utf8").slice(1));
    expect(csv[1]).toEqual(["Year: 2025"]);
    expect(csv[2][8]).toBe("Net pay (10k yuan)");
    expect(csv.slice(3).map((r) => Number(r[8]))).toEqual(pays);
    await page.getByRole("button", { name: "中文" }).click();
  });
});

describe("chart downloads", () => {
  const chartCard = (title: string) => page.getByRole("figure", { name: title, exact: true });

  it("downloads a chart as a PNG at twice its size, on white", async () => {
    await page.goto(`${server.url}/cost?year=2025`);
    const chart = chartCard("各单位预算与实际成本");
    await chart.locator("svg.recharts-surface").first().waitFor();
    const plotWidth = await chart
      .locator("svg.recharts-surface")
      .first()
      .evaluate((svg) => Math.ceil(svg.getBoundingClientRect().width));
    await chart.getByRole("button", { name: "下载图表" }).click();
    const file = await download(page, chart.getByRole("menuitem", { name: "PNG 图片" }));
    expect(file.name).toBe("各单位预算与实际成本.png");
    expect([...file.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(file.bytes.length).toBeGreaterThan(10_000);
    // IHDR: width and height, big-endian, right after the signature and the chunk header.
    expect(file.bytes.readUInt32BE(16)).toBe(plotWidth * 2);
    expect(file.bytes.readUInt32BE(20)).toBeGreaterThan(300 * 2);
    // The browser decodes it and its first pixel is the white background, not transparency.
    const corner = await page.evaluate(async (base64) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement("canvas");
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext("2d")!;
      context.drawImage(image, 0, 0);
      const data = context.getImageData(0, 0, image.width, image.height).data;
      let coloured = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i] < 200 && data[i + 2] > 150) coloured++;
      return { first: [...data.slice(0, 4)], coloured };
    }, file.bytes.toString("base64"));
    expect(corner.first).toEqual([255, 255, 255, 255]);
    expect(corner.coloured).toBeGreaterThan(1000); // the blue budget bars were drawn
  });

  it("downloads the same chart as a standalone SVG with its title, legend and inlined styles", async () => {
    const chart = chartCard("各单位预算与实际成本");
    await chart.getByRole("button", { name: "下载图表" }).click();
    const file = await download(page, chart.getByRole("menuitem", { name: "SVG 矢量图" }));
    expect(file.name).toBe("各单位预算与实际成本.svg");
    const svg = file.bytes.toString("utf8");
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(svg).toContain("<title>各单位预算与实际成本</title>");
    expect(svg).toContain(">维修材料预算</text>");
    expect(svg).toContain("城北管理站");
    expect(svg).toMatch(/class="recharts-rectangle[^"]*"[^>]*style="[^"]*fill:/);
    // It parses as SVG on its own, without the page.
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "image/svg+xml");
      return { root: doc.documentElement.nodeName, errors: doc.getElementsByTagName("parsererror").length };
    }, svg);
    expect(parsed).toEqual({ root: "svg", errors: 0 });
  });

  it("closes the menu with Escape and gives the focus back to its button", async () => {
    const chart = chartCard("节余与超支");
    const button = chart.getByRole("button", { name: "下载图表" });
    await button.click();
    expect(await button.getAttribute("aria-expanded")).toBe("true");
    await page.keyboard.press("Escape");
    // The button says the menu closed before the menu is checked to be gone.
    await expect.poll(() => button.getAttribute("aria-expanded")).toBe("false");
    expect(await chart.getByRole("menu").count()).toBe(0);
    expect(await button.evaluate((b) => b === document.activeElement)).toBe(true);
  });
});
