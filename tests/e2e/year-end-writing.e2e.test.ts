import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gqlInPage, signInAs } from "./support/auth.ts";
import { launchBrowser, newPage, VIEWPORTS } from "./support/browser.ts";
import { startServer, type E2EServer } from "./support/server.ts";

/** What changes data: the clerk's batch entry, then the committee's finalisation and reopening. */
let server: E2EServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  page = await newPage(browser, VIEWPORTS.desktop);
  await signInAs(page, server.url, "demo-admin");
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const grid = () => page.getByRole("table", { name: "待保存的记录" });
const COLUMN_LABELS: Record<string, string> = { unitCode: "单位", date: "日期", category: "类别", amount: "金额(元)", reference: "单据号" };
/** A grid cell by the name a screen reader gives it: "行 2 金额(元)". */
const cell = (row: number, field: string) => grid().getByLabel(`行 ${row + 1} ${COLUMN_LABELS[field]}`, { exact: true });
const gridRow = (row: number) => grid().locator(`tr[data-row="${row}"]`);
/** The fields of a row the grid marks as refused (each shows its message beside it). */
const refusedCells = (row: number) => gridRow(row).locator("[aria-invalid=true]");
const submit = () => page.getByRole("button", { name: /^保存 \d+ 条$/ });

async function southJuneReferences(): Promise<string[]> {
  const result = await gqlInPage<{ revenueRecords: { edges: { node: { reference: string; amount: string } }[] } }>(
    page,
    `query($f: RecordFilter!) { revenueRecords(filter: $f, first: 1000) { edges { node { reference amount } } } }`,
    { f: { year: 2025, unitCode: "south", from: "2025-06-01", to: "2025-06-30" } },
  );
  expect(result.errors).toBeUndefined();
  return result.data!.revenueRecords.edges.map((edge) => edge.node.reference);
}

describe("data entry", () => {
  it("rejects a batch with a bad row, shows the row's error, then saves it fixed", async () => {
    await page.goto(`${server.url}/entry`);
    await cell(0, "unitCode").fill("north");
    await cell(0, "date").fill("2025-06-02");
    await cell(0, "amount").fill("1200.50");
    await cell(0, "reference").fill("E2E-2025-06-N1");
    await cell(1, "unitCode").fill("nowhere");
    await cell(1, "date").fill("2025-06-02");
    await cell(1, "amount").fill("12.345");
    await cell(1, "reference").fill("E2E-2025-06-S1");

    // A sub-fen amount is caught before anything is sent.
    await submit().click();
    await gridRow(1)
      .getByText(/两位小数/)
      .waitFor();
    // Row 1's message is on screen, so the errors have been drawn: row 0 has none.
    expect(await refusedCells(0).count()).toBe(0);

    // The unknown unit is the server's to reject: the whole batch, with the row named.
    await cell(1, "amount").fill("800");
    await submit().click();
    await page.getByRole("alert").filter({ hasText: "服务器拒绝" }).waitFor();
    await gridRow(1)
      .getByText(/nowhere/)
      .waitFor();
    expect(await refusedCells(0).count()).toBe(0);
    expect(await southJuneReferences()).not.toContain("E2E-2025-06-S1");
    const northJune = await gqlInPage<{ revenueRecords: { edges: { node: { reference: string } }[] } }>(
      page,
      `{ revenueRecords(filter: { year: 2025, unitCode: "north", from: "2025-06-01", to: "2025-06-30" }, first: 1000) { edges { node { reference } } } }`,
    );
    expect(northJune.data!.revenueRecords.edges.map((e) => e.node.reference)).not.toContain("E2E-2025-06-N1");

    await cell(1, "unitCode").fill("south");
    await submit().click();
    await page.getByRole("status").filter({ hasText: "已保存 2 条记录" }).waitFor();
    expect(await southJuneReferences()).toContain("E2E-2025-06-S1");
  });

  it("reports references already stored as duplicates", async () => {
    await cell(0, "unitCode").fill("south");
    await cell(0, "date").fill("2025-06-03");
    await cell(0, "amount").fill("800");
    await cell(0, "reference").fill("E2E-2025-06-S1");
    await submit().click();
    const saved = page.getByRole("status").filter({ hasText: "以下单据号已存在" });
    const duplicates = saved.getByText(/^以下单据号已存在，未重复保存:/);
    await duplicates.waitFor();
    expect(await duplicates.textContent()).toContain("E2E-2025-06-S1");
    expect(await saved.textContent()).toContain("已保存 0 条记录");
  });

  it("fills and extends the grid from rows pasted from Excel, reading names, labels and Chinese dates", async () => {
    await page.goto(`${server.url}/entry`);
    // What Excel puts on the clipboard: tab-separated cells, CRLF between rows, more rows than the grid has.
    const lines = Array.from({ length: 7 }, (_, i) => `城南管理站\t2025年6月${10 + i}日\t收视费\t1,000.0${i}\tE2E-PASTE-${i}\t否`);
    // The grid's rows start on a day of the year shown once the years have loaded.
    await expect.poll(() => cell(0, "date").inputValue(), { timeout: 15_000 }).toMatch(/^2025-/);
    await cell(0, "unitCode").focus();
    // Dispatched on the cell itself: a paste is read by the cell that has it, whatever else has focus.
    await cell(0, "unitCode").evaluate(
      (input, text) => {
        const data = new DataTransfer();
        data.setData("text/plain", text);
        input.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
      },
      `${lines.join("\r\n")}\r\n`,
    );
    await cell(6, "reference").waitFor();
    expect(await cell(6, "unitCode").inputValue()).toBe("south");
    expect(await cell(6, "date").inputValue()).toBe("2025-06-16");
    expect(await cell(6, "category").inputValue()).toBe("VIEWING_FEE");
    expect(await cell(6, "amount").inputValue()).toBe("1000.06");
    await submit().click();
    await page.getByRole("status").filter({ hasText: "已保存 7 条记录" }).waitFor();
    const stored = await southJuneReferences();
    for (let i = 0; i < 7; i++) expect(stored).toContain(`E2E-PASTE-${i}`);
  });
});

describe("contracts", () => {
  it("lets a committee member correct a contract: a bad figure is named, nothing is saved until it is fixed", async () => {
    const committee = await newPage(browser, VIEWPORTS.laptop);
    await signInAs(committee, server.url, "committee1", "/contracts?year=2025");
    const contracts = committee.getByRole("table", { name: "各单位目标责任书" });
    const north = contracts.locator("tr[data-unit=north]");
    const northTarget = north.getByRole("cell").nth(1);
    const total = contracts.locator("tfoot").getByRole("cell").nth(1);
    await northTarget.waitFor();
    expect(await northTarget.textContent()).toBe("320.00");

    await north.getByRole("button", { name: "编辑" }).click();
    const form = committee.getByRole("form", { name: "编辑 城北管理站 的目标责任书" });
    const target = form.getByLabel("创收任务(万元)");
    await target.fill("33O"); // a letter O typed for a zero
    await form.getByRole("button", { name: "保存" }).click();
    await form.getByText("格式不正确").first().waitFor();
    expect(await target.getAttribute("aria-invalid")).toBe("true");
    const stored = async () =>
      (
        await gqlInPage<{ contracts: { unit: { code: string }; revenueTarget: string }[] }>(
          committee,
          "{ contracts(year: 2025) { unit { code } revenueTarget } }",
        )
      ).data!.contracts.find((c) => c.unit.code === "north")!.revenueTarget;
    expect(await stored()).toBe("3200000.00");

    await target.fill("330.5");
    await form.getByRole("button", { name: "保存" }).click();
    await form.waitFor({ state: "detached" });
    await north.getByRole("cell", { name: "330.50", exact: true }).waitFor();
    expect(await total.textContent()).toBe("1,070.50");
    expect(await stored()).toBe("3305000.00");

    // Put the plan back for the finalisation test below.
    await north.getByRole("button", { name: "编辑" }).click();
    await target.fill("320");
    await form.getByRole("button", { name: "保存" }).click();
    await form.waitFor({ state: "detached" });
    await north.getByRole("cell", { name: "320.00", exact: true }).waitFor();
    expect(await stored()).toBe("3200000.00");
    await committee.context().close();
  });
});

describe("committee scores entered by an administrator", () => {
  it("offers the members known so far by name", async () => {
    await page.goto(`${server.url}/assessment?year=2025`);
    const member = page.getByLabel("评分人");
    await member.waitFor();
    expect(await member.getAttribute("readonly")).toBeNull();
    const options = page.locator("datalist#committee-member-names option");
    await expect.poll(() => options.count()).toBe(5);
    expect(await options.evaluateAll((list) => list.map((o) => (o as HTMLOptionElement).value))).toEqual([
      "committee1",
      "committee2",
      "committee3",
      "committee4",
      "committee5",
    ]);
  });
});

describe("finalisation", () => {
  it("finalises the year after confirmation, then reopens it with a reason", async () => {
    await page.goto(`${server.url}/assessment?year=2025`);
    const badge = page.getByRole("status", { name: "考核状态" });
    await badge.waitFor();
    expect(await badge.textContent()).toBe("考核进行中");

    const finalize = page.getByRole("button", { name: "定稿", exact: true });
    await finalize.click();
    const dialog = page.getByRole("dialog", { name: "定稿 2025 年度考核?" });
    await dialog.waitFor();
    // Cancelling changes nothing.
    await dialog.getByRole("button", { name: "取消" }).click();
    await dialog.waitFor({ state: "detached" });
    expect(await badge.textContent()).toBe("考核进行中");

    await finalize.click();
    await dialog.getByRole("button", { name: "定稿", exact: true }).click();
    await badge.filter({ hasText: "已定稿" }).waitFor();
    const frozen = await gqlInPage<{ assessment: { finalized: boolean } }>(page, "{ assessment(year: 2025) { finalized } }");
    expect(frozen.data!.assessment.finalized).toBe(true);

    await page.getByRole("button", { name: "重新开放" }).click();
    const reopen = page.getByRole("dialog", { name: "重新开放 2025 年度?" });
    const confirm = reopen.getByRole("button", { name: "重新开放" });
    expect(await confirm.isDisabled()).toBe(true); // a reason is required
    await reopen.getByLabel("原因(至少 5 个字)").fill("端到端测试:更正录入错误");
    await confirm.click();
    await badge.filter({ hasText: "考核进行中" }).waitFor();
    const reopened = await gqlInPage<{ assessment: { finalized: boolean } }>(page, "{ assessment(year: 2025) { finalized } }");
    expect(reopened.data!.assessment.finalized).toBe(false);
  });
});
