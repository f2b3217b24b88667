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

const cell = (row: number, field: string) => page.locator(`[data-testid=entry-grid] tr[data-row="${row}"] [data-field=${field}]`);
const rowErrors = (row: number) => page.locator(`[data-testid=entry-grid] tr[data-row="${row}"] [data-testid=row-error]`);

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
    await page.locator("[data-testid=entry-submit]").click();
    await rowErrors(1).first().waitFor();
    expect(await rowErrors(1).first().textContent()).toContain("两位小数");
    expect(await rowErrors(0).count()).toBe(0);

    // The unknown unit is the server's to reject: the whole batch, with the row named.
    await cell(1, "amount").fill("800");
    await page.locator("[data-testid=entry-submit]").click();
    await page.locator("[data-testid=entry-outcome]", { hasText: "服务器拒绝" }).waitFor();
    expect(await rowErrors(1).first().textContent()).toContain("nowhere");
    expect(await rowErrors(0).count()).toBe(0);
    expect(await southJuneReferences()).not.toContain("E2E-2025-06-S1");
    const northJune = await gqlInPage<{ revenueRecords: { edges: { node: { reference: string } }[] } }>(
      page,
      `{ revenueRecords(filter: { year: 2025, unitCode: "north", from: "2025-06-01", to: "2025-06-30" }, first: 1000) { edges { node { reference } } } }`,
    );
    expect(northJune.data!.revenueRecords.edges.map((e) => e.node.reference)).not.toContain("E2E-2025-06-N1");

    await cell(1, "unitCode").fill("south");
    await page.locator("[data-testid=entry-submit]").click();
    await page.locator("[data-testid=entry-outcome]", { hasText: "已保存 2 条记录" }).waitFor();
    expect(await southJuneReferences()).toContain("E2E-2025-06-S1");
  });

  it("reports references already stored as duplicates", async () => {
    await cell(0, "unitCode").fill("south");
    await cell(0, "date").fill("2025-06-03");
    await cell(0, "amount").fill("800");
    await cell(0, "reference").fill("E2E-2025-06-S1");
    await page.locator("[data-testid=entry-submit]").click();
    const duplicates = page.locator("[data-testid=entry-duplicates]");
    await duplicates.waitFor();
    expect(await duplicates.textContent()).toContain("E2E-2025-06-S1");
    expect(await page.locator("[data-testid=entry-outcome]").textContent()).toContain("已保存 0 条记录");
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
    await page.locator("[data-testid=entry-submit]").click();
    await page.locator("[data-testid=entry-outcome]", { hasText: "已保存 7 条记录" }).waitFor();
    const stored = await southJuneReferences();
    for (let i = 0; i < 7; i++) expect(stored).toContain(`E2E-PASTE-${i}`);
  });
});

describe("contracts", () => {
  it("lets a committee member correct a contract: a bad figure is named, nothing is saved until it is fixed", async () => {
    const committee = await newPage(browser, VIEWPORTS.laptop);
    await signInAs(committee, server.url, "committee1", "/contracts?year=2025");
    const northTarget = committee.locator("[data-testid=contracts-table] tr[data-unit=north] td").nth(1);
    const total = committee.locator("[data-testid=contracts-total] td").nth(1);
    await northTarget.waitFor();
    expect(await northTarget.textContent()).toBe("320.00");

    await committee.locator("[data-testid=edit-north]").click();
    const form = committee.locator("[data-testid=contract-form]");
    await form.locator("input[name=revenueTarget]").fill("33O"); // a letter O typed for a zero
    await form.locator("button[type=submit]").click();
    await form.locator(".field-error").first().waitFor();
    expect(await form.locator("input[name=revenueTarget]").getAttribute("aria-invalid")).toBe("true");
    const stored = async () =>
      (
        await gqlInPage<{ contracts: { unit: { code: string }; revenueTarget: string }[] }>(
          committee,
          "{ contracts(year: 2025) { unit { code } revenueTarget } }",
        )
      ).data!.contracts.find((c) => c.unit.code === "north")!.revenueTarget;
    expect(await stored()).toBe("3200000.00");

    await form.locator("input[name=revenueTarget]").fill("330.5");
    await form.locator("button[type=submit]").click();
    await form.waitFor({ state: "detached" });
    await committee.locator("[data-testid=contracts-table] tr[data-unit=north] td", { hasText: "330.50" }).waitFor();
    expect(await total.textContent()).toBe("1,070.50");
    expect(await stored()).toBe("3305000.00");

    // Put the plan back for the finalisation test below.
    await committee.locator("[data-testid=edit-north]").click();
    await form.locator("input[name=revenueTarget]").fill("320");
    await form.locator("button[type=submit]").click();
    await form.waitFor({ state: "detached" });
    expect(await stored()).toBe("3200000.00");
    await committee.context().close();
  });
});

describe("committee scores entered by an administrator", () => {
  it("offers the members known so far by name", async () => {
    await page.goto(`${server.url}/assessment?year=2025`);
    const member = page.locator("[data-testid=score-form] input[name=member]");
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
    const badge = page.locator("[data-testid=status-badge]");
    await badge.waitFor();
    expect(await badge.textContent()).toBe("考核进行中");

    await page.locator("[data-testid=finalize-button]").click();
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    // Cancelling changes nothing.
    await dialog.getByRole("button", { name: "取消" }).click();
    await dialog.waitFor({ state: "detached" });
    expect(await badge.textContent()).toBe("考核进行中");

    await page.locator("[data-testid=finalize-button]").click();
    await page.locator("[data-testid=confirm-dialog-confirm]").click();
    await page.locator("[data-testid=status-badge]", { hasText: "已定稿" }).waitFor();
    const frozen = await gqlInPage<{ assessment: { finalized: boolean } }>(page, "{ assessment(year: 2025) { finalized } }");
    expect(frozen.data!.assessment.finalized).toBe(true);

    await page.locator("[data-testid=reopen-button]").click();
    const confirm = page.locator("[data-testid=confirm-dialog-confirm]");
    expect(await confirm.isDisabled()).toBe(true); // a reason is required
    await page.getByRole("dialog").locator("textarea[name=reason]").fill("端到端测试:更正录入错误");
    await confirm.click();
    await page.locator("[data-testid=status-badge]", { hasText: "考核进行中" }).waitFor();
    const reopened = await gqlInPage<{ assessment: { finalized: boolean } }>(page, "{ assessment(year: 2025) { finalized } }");
    expect(reopened.data!.assessment.finalized).toBe(false);
  });
});
