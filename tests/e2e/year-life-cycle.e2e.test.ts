import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { minimalPdf } from "../support/files.ts";
import { gqlInPage, signInAs } from "./support/auth.ts";
import { launchBrowser, newPage, VIEWPORTS } from "./support/browser.ts";
import { definitionOf } from "./support/locators.ts";
import { startServer, type E2EServer } from "./support/server.ts";

/**
 * A department runs its year and the next in the product: units added, renamed and retired,
 * 2026 opened from 2025, a member's whole scoring sheet, 实施细则 filed and acknowledged.
 */
let server: E2EServer;
let browser: Browser;
let committee: Page;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  committee = await newPage(browser, VIEWPORTS.desktop);
  await signInAs(committee, server.url, "committee1", "/units?year=2025");
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const ranking = (page: Page) => page.getByRole("table", { name: /^(考核排名|Ranking)$/ });
const rankingName = (page: Page, code: string) => ranking(page).locator(`tr[data-unit=${code}]`).getByRole("cell").nth(1);
const unitRow = (page: Page, code: string) => page.getByRole("table", { name: "考核单位" }).locator(`tr[data-unit=${code}]`);

describe("units and their history", () => {
  it("adds a unit, renames it from 2026-01-01, and 2025's report keeps the old name", async () => {
    await committee.getByRole("button", { name: "新增单位" }).click();
    const form = committee.getByRole("form", { name: "新增考核单位" });
    await form.getByLabel("代码").fill("west");
    await form.getByLabel("名称", { exact: true }).fill("城西管理站");
    await form.getByLabel("英文名").fill("West management station");
    await form.getByLabel("区域范围").fill("郴江以西地区");
    await form.getByRole("button", { name: "保存" }).click();
    await unitRow(committee, "west").waitFor();
    expect(await unitRow(committee, "west").textContent()).toContain("West management station");

    // West signs a 2025 contract (the contracts page's own form is tested elsewhere).
    const contract = await gqlInPage(
      committee,
      `mutation { setContract(input: { unitCode: "west", year: 2025, revenueTarget: "1000000.00",
      staffCount: 3, vehicleCount: 1, baseExpense: "200000.00", repairBudget: "50000.00", repairBudgetFromMonth: 1, revenueCommissionRate: 6,
      overTargetRate: 15, underTargetDeductionRate: 10, repairSavingsRewardRate: 30 }) { year } }`,
    );
    expect(contract.errors).toBeUndefined();

    await unitRow(committee, "west").click();
    const panel = committee.getByRole("region", { name: /^城西/ });
    await panel.getByRole("button", { name: "更名" }).click();
    const rename = committee.getByRole("form", { name: "为 城西管理站 更名" });
    await rename.getByLabel("新名称").fill("城西片区服务站");
    await rename.getByLabel("新英文名(可不填)").fill("West service area");
    await rename.getByLabel("生效日期").fill("2026-01-01");
    await rename.getByRole("button", { name: "更名" }).click();
    await committee.getByRole("status").filter({ hasText: "已更名为 城西片区服务站,自 2026-01-01 起生效" }).waitFor();
    expect(await panel.getByRole("list", { name: "名称沿革" }).textContent()).toMatch(/最初 城西管理站.*2026年1月1日 起 城西片区服务站/);
    expect(await unitRow(committee, "west").locator("td").nth(1).textContent()).toBe("城西片区服务站");

    await committee.goto(`${server.url}/assessment?year=2025`);
    await rankingName(committee, "west").waitFor();
    expect(await rankingName(committee, "west").textContent()).toBe("城西管理站");
    await committee.goto(`${server.url}/assessment?year=2025&lang=en`);
    await ranking(committee).locator("tr[data-unit=west]", { hasText: "West management station" }).waitFor();
  });

  it("retires a unit, whose past years still show it by its name", async () => {
    await committee.goto(`${server.url}/units?year=2025&unit=collective`);
    const panel = committee.getByRole("region", { name: "集体户收费组" });
    await panel.getByRole("button", { name: "停用" }).click();
    const retire = committee.getByRole("form", { name: "停用 集体户收费组" });
    await retire.getByLabel("停用日期").fill("2026-01-01");
    await retire.getByRole("button", { name: "停用" }).click();
    await committee.getByRole("status").filter({ hasText: "集体户收费组 自 2026-01-01 起停用" }).waitFor();
    expect(await unitRow(committee, "collective").textContent()).toContain("2026-01-01 起停用");

    await committee.goto(`${server.url}/assessment?year=2024`);
    await rankingName(committee, "collective").waitFor();
    expect(await rankingName(committee, "collective").textContent()).toBe("集体户收费组");
  });
});

describe("a new year", () => {
  it("opens 2026 from 2025 with +5 %, previewed and confirmed in one step", async () => {
    await committee.goto(`${server.url}/contracts?year=2025`);
    await committee.getByRole("button", { name: "新建年度" }).click();
    const dialog = committee.getByRole("dialog", { name: "新建考核年度" });
    expect(await dialog.getByLabel("新年度").inputValue()).toBe("2026");
    await dialog.getByLabel("创收任务调整(%)").fill("5");
    const preview = dialog.getByRole("table", { name: "各单位创收任务预览" });
    await preview.locator("tr[data-unit=north] input[value='336']").waitFor();
    // Retired from 2026-01-01, the collective group is not copied; west (renamed from then) is, by its new name.
    expect(await preview.locator("tbody tr").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-unit")))).toEqual([
      "north",
      "south",
      "east",
      "hall",
      "west",
    ]);
    expect(await preview.locator("tr[data-unit=west] td").first().textContent()).toBe("城西片区服务站");
    // The hall's target is changed before confirming.
    await preview.getByLabel("收费大厅 创收任务(万元)").fill("130");
    expect(await preview.locator("tfoot").getByRole("cell").nth(1).textContent()).toBe("1,127.50");
    await dialog.getByRole("button", { name: "新建 2026 年度" }).click();
    await dialog.waitFor({ state: "detached" });

    await committee.goto(`${server.url}/contracts?year=2026`);
    const contracts = committee.getByRole("table", { name: "各单位目标责任书" });
    const target = (code: string) => contracts.locator(`tr[data-unit=${code}]`).getByRole("cell").nth(1);
    await target("north").waitFor();
    expect(await target("north").textContent()).toBe("336.00");
    expect(await target("east").textContent()).toBe("262.50");
    expect(await target("hall").textContent()).toBe("130.00");
    // The rows above are 2026's, so the table has settled: the retired group is not among them.
    expect(await contracts.locator("tr[data-unit=collective]").count()).toBe(0);
    expect(await committee.getByLabel("考核年度").inputValue()).toBe("2026");
  });
});

describe("the committee's scoring sheet", () => {
  it("fills every unit in one save, and the progress matrix shrinks by it", async () => {
    await committee.goto(`${server.url}/scoring?year=2026`);
    const sheet = committee.getByRole("region", { name: "committee1 的评分表" });
    await sheet.getByRole("table").waitFor();
    const matrix = committee.getByRole("table", { name: "评分进度" });
    const missingOf = async (member: string) => Number(await matrix.locator(`tr[data-member=${member}]`).getByRole("cell").last().textContent());
    await matrix.locator("tr[data-member=committee1]").waitFor();
    expect(await missingOf("committee1")).toBe(10);
    // The matrix has its rows: the page has settled, and it lists no finalisation blockers.
    expect(await committee.getByText("尚不能定稿，还缺:").count()).toBe(0);

    // Keyboard only: the first cell, then Tab through score and comment, Enter to the next unit.
    await sheet.getByLabel("城北管理站 服务满意度 分数").focus();
    const units = ["north", "south", "east", "hall", "west"];
    for (const [row] of units.entries()) {
      await committee.keyboard.type(String(80 + row));
      await committee.keyboard.press("Tab");
      await committee.keyboard.type(row === 0 ? "回访及时" : "");
      await committee.keyboard.press("Tab");
      await committee.keyboard.type(String(70 + row));
      await committee.keyboard.press("Tab");
      await committee.keyboard.press("Tab");
    }
    expect(await sheet.getByRole("status").filter({ hasText: "尚未保存" }).textContent()).toBe("有 10 处修改尚未保存");
    // Leaving with unsaved changes asks first; staying keeps them.
    committee.once("dialog", (dialog) => void dialog.dismiss());
    await committee.locator("nav.side-nav").getByRole("link", { name: "年终考核" }).click();
    expect(new URL(committee.url()).pathname).toBe("/scoring");

    await sheet.getByRole("button", { name: "保存 10 处修改" }).click();
    await sheet.getByRole("status").filter({ hasText: "已保存 10 处评分" }).waitFor();
    await expect.poll(() => missingOf("committee1")).toBe(0);
    expect(await missingOf("committee2")).toBe(10);
    expect(await matrix.locator("tfoot").getByRole("cell").nth(1).textContent()).toBe("1/3");
    const stored = await gqlInPage<{ committeeScores: { unit: { code: string }; dimension: string; score: number; comment: string | null }[] }>(
      committee,
      "{ committeeScores(year: 2026) { unit { code } dimension score comment } }",
    );
    expect(stored.data!.committeeScores).toHaveLength(10);
    expect(stored.data!.committeeScores).toContainEqual({ unit: { code: "north" }, dimension: "SATISFACTION", score: 80, comment: "回访及时" });
    expect(stored.data!.committeeScores).toContainEqual({ unit: { code: "west" }, dimension: "COOPERATION", score: 74, comment: null });

    // The finalise button stays disabled and says exactly what is missing.
    await committee.goto(`${server.url}/assessment?year=2026`);
    // The disabled finalise button is described by the list of what is missing.
    const finalize = committee.getByRole("button", { name: "定稿", exact: true });
    await finalize.and(committee.locator("[aria-describedby]")).waitFor();
    const blockers = committee.locator(`[id="${await finalize.getAttribute("aria-describedby")}"]`);
    await blockers.getByText("尚不能定稿，还缺:").waitFor();
    expect(await finalize.isDisabled()).toBe(true);
    expect(await blockers.textContent()).toContain(
      "城北管理站 服务满意度:已有 1 人评分，至少需要 3 人(未评:committee2、committee3、committee4、committee5)",
    );
  });
});

describe("实施细则", () => {
  it("is filed with a PDF by a station head and acknowledged by the deputy GM", async () => {
    const head = await newPage(browser, VIEWPORTS.laptop);
    await signInAs(head, server.url, "head-north", "/rules?year=2026");
    await head.getByRole("button", { name: "报备实施细则" }).click();
    const form = head.getByRole("form", { name: "报备 城北管理站 的实施细则" });
    expect(await form.getByLabel("单位").isDisabled()).toBe(true);
    expect(await form.getByLabel("报备日期").inputValue()).toMatch(/^2026-/);
    await form.getByLabel("标题", { exact: true }).fill("城北管理站2026年实施细则");
    await form.getByLabel(/^正文/).fill("## 一、收费\n\n- 每周一上解\n- **按时**回访");
    await form.getByRole("button", { name: "预览" }).click();
    await form.locator(".rule-text h2", { hasText: "一、收费" }).waitFor();
    await form.locator("input[type=file]").setInputFiles({ name: "城北2026细则.pdf", mimeType: "application/pdf", buffer: minimalPdf("North 2026") });
    await form.getByRole("button", { name: "报备", exact: true }).click();
    await head.getByRole("status").filter({ hasText: "已报备第 1 版" }).waitFor();
    const detail = head.getByRole("article", { name: "城北管理站2026年实施细则" });
    await detail.getByRole("link", { name: "城北2026细则.pdf" }).waitFor();
    expect(await definitionOf(detail, "分管副总").textContent()).toBe("待签收");
    await head.context().close();

    const gm = await newPage(browser, VIEWPORTS.laptop);
    await signInAs(gm, server.url, "deputy-gm", "/rules?year=2026&unit=north");
    const shown = gm.getByRole("article", { name: "城北管理站2026年实施细则" });
    await shown
      .locator("strong", { hasText: "一、收费" })
      .or(shown.locator("h2", { hasText: "一、收费" }))
      .first()
      .waitFor();
    await shown.getByRole("button", { name: "签收(分管副总)" }).click();
    await definitionOf(shown, "分管副总").filter({ hasText: "已签收:分管副总" }).waitFor();
    const pdf = await gm.evaluate(
      async (url) => {
        const response = await fetch(url);
        return { status: response.status, type: response.headers.get("content-type"), start: (await response.text()).slice(0, 5) };
      },
      (await shown.getByRole("link", { name: "城北2026细则.pdf" }).getAttribute("href"))!,
    );
    expect(pdf).toEqual({ status: 200, type: "application/pdf", start: "%PDF-" });
    // The year-end report names the rules in force, linking to each version.
    await gm.goto(`${server.url}/assessment?year=2026&unit=north`);
    const reference = gm.getByRole("region", { name: "城北管理站 · 得分说明" }).getByRole("region", { name: "实施细则(考核参考)" });
    await reference.getByRole("link", { name: "《城北管理站2026年实施细则》" }).waitFor();
    expect(await reference.textContent()).toContain("已签收:分管副总");
    await gm.context().close();
  });
});
