import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { gqlInPage, signInAs } from "./support/auth.ts";
import { launchBrowser, newPage, VIEWPORTS } from "./support/browser.ts";
import { startServer, type E2EServer } from "./support/server.ts";

/** The system views: 用户管理 (admin), API 令牌 (everyone), 审计日志 (admin and committee). */
let server: E2EServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const navLabels = async (page: Page) => (await page.locator("nav.side-nav a").allTextContents()).map((s) => s.trim());
const usersTable = (page: Page) => page.getByRole("table", { name: "账号" });
const auditTable = (page: Page) => page.getByRole("table", { name: "日志记录" });

/** Asks the API who a bearer token belongs to, from the test process as a script would. */
async function viewerWithToken(secret: string): Promise<{ username: string } | null> {
  const response = await fetch(`${server.url}/graphql`, {
    method: "POST",
    headers: { authorization: `Bearer ${secret}`, "content-type": "application/json" },
    body: JSON.stringify({ query: "{ viewer { username } }" }),
  });
  const body = (await response.json()) as { data?: { viewer: { username: string } | null } };
  return body.data?.viewer ?? null;
}

describe("system views", () => {
  it("lets the administrator create a user, who then appears in the table", async () => {
    const page = await newPage(browser, VIEWPORTS.desktop);
    await signInAs(page, server.url, "demo-admin", "/users");
    expect(await navLabels(page)).toEqual(expect.arrayContaining(["用户管理", "API 令牌", "审计日志"]));
    await usersTable(page).locator("tr[data-username=clerk]").waitFor();

    const addUser = page.getByRole("button", { name: "新建用户" });
    await addUser.click();
    // The form is named by its heading: 新建用户, or 编辑用户 li.si.
    const form = page.getByRole("form", { name: /^(新建用户|编辑用户 li\.si)$/ });
    const submit = form.getByRole("button", { name: /^(创建|保存)$/ });
    /** A field the form marks as refused, with its message beside it (aria-invalid goes with the message). */
    const refused = (label: string) => form.getByLabel(label).and(form.locator("[aria-invalid=true]"));
    // A too-short password is refused beside the field before anything is sent.
    await form.getByLabel("用户名").fill("li.si");
    await form.getByLabel("显示名称").fill("李四");
    await form.getByLabel("初始密码").fill("short");
    await form.getByRole("checkbox", { name: "分析员" }).check();
    await submit.click();
    await refused("初始密码").waitFor();
    await form.getByText("密码至少 10 个字符", { exact: true }).waitFor();

    await form.getByLabel("初始密码").fill("li-si-password-1");
    await submit.click();
    const row = usersTable(page).locator("tr[data-username='li.si']");
    await row.waitFor();
    expect(await row.textContent()).toContain("李四");
    expect(await row.locator(".role-badge").allTextContents()).toEqual(["分析员"]);
    // The notice comes with the form's closing: once it shows, the form must be gone.
    await page.getByRole("status").filter({ hasText: "已创建用户 li.si" }).waitFor();
    expect(await form.count()).toBe(0);

    // The same name again is a CONFLICT, shown beside the username.
    await addUser.click();
    await form.getByLabel("用户名").fill("li.si");
    await form.getByLabel("显示名称").fill("李四");
    await form.getByLabel("初始密码").fill("li-si-password-1");
    await form.getByRole("checkbox", { name: "分析员" }).check();
    await submit.click();
    await refused("用户名").waitFor();
    expect(await form.getByRole("alert").textContent()).toContain("已存在");
    await page.getByRole("button", { name: "取消" }).click();

    // Making li.si a station head asks for the unit first.
    await row.getByRole("button", { name: "编辑" }).click();
    await form.getByRole("checkbox", { name: "站长" }).check();
    await submit.click();
    await refused("所属单位").waitFor();
    await form.getByLabel("所属单位").selectOption("east");
    await submit.click();
    await page.getByRole("status").filter({ hasText: "已保存用户 li.si" }).waitFor();
    expect(await row.locator(".role-badge").allTextContents()).toEqual(["分析员", "站长"]);
    expect(await row.textContent()).toContain("城东");

    // Disabling asks first, and takes effect on the server.
    await row.getByRole("button", { name: "停用" }).click();
    const dialog = page.getByRole("dialog", { name: "停用 li.si？" });
    await dialog.waitFor();
    await dialog.getByRole("button", { name: "停用" }).click();
    await row.getByText("已停用").waitFor();
    const users = await gqlInPage(page, "{ users { username disabled unitCode } }");
    expect(users.data.users.find((u: { username: string }) => u.username === "li.si")).toEqual({
      username: "li.si",
      disabled: true,
      unitCode: "east",
    });
    await page.context().close();
  });

  it("does not show the clerk the Users entry, nor the page at /users", async () => {
    const page = await newPage(browser);
    await signInAs(page, server.url, "clerk", "/users");
    const labels = await navLabels(page);
    expect(labels).not.toContain("用户管理");
    expect(labels).not.toContain("审计日志");
    expect(labels).toContain("API 令牌");
    await page.getByRole("heading", { name: "您的角色无权查看此页面" }).waitFor();
    expect(await usersTable(page).count()).toBe(0);
    // The server refuses too, whatever the page shows.
    const answer = await gqlInPage(page, "{ users { username } }");
    expect(answer.data?.users ?? null).toBeNull();
    expect(answer.errors?.length).toBeGreaterThan(0);
    await page.context().close();
  });

  it("shows a new token's secret once; the revoked token no longer works", async () => {
    const page = await newPage(browser);
    await signInAs(page, server.url, "analyst", "/tokens");
    await page.getByText("您还没有令牌", { exact: true }).waitFor();
    await page.getByLabel("名称", { exact: true }).fill("nightly export");
    await page.getByRole("button", { name: "创建令牌" }).click();

    const panel = page.getByRole("region", { name: "令牌“nightly export”已创建" });
    const secret = await panel.getByRole("textbox", { name: "密钥" }).inputValue();
    expect(secret).toMatch(/^sat_/);
    expect(await panel.getByRole("textbox", { name: "调用示例" }).inputValue()).toBe(
      `curl -H "Authorization: Bearer ${secret}" -H "content-type: application/json" -d '{"query":"{ units { code } }"}' ${server.url}/graphql`,
    );
    expect(await panel.textContent()).toContain("不再显示");
    expect(await viewerWithToken(secret)).toEqual({ username: "analyst" });

    // Once dismissed (or after a reload) the secret is nowhere on the page; only its prefix is.
    await panel.getByRole("button", { name: "我已保存，关闭" }).click();
    const row = page.getByRole("table", { name: "我的令牌" }).locator("tr[data-token='nightly export']");
    await row.waitFor();
    expect(await page.content()).not.toContain(secret);
    await page.reload();
    await row.waitFor();
    expect(await page.content()).not.toContain(secret);
    expect(await row.locator("code").textContent()).toBe(`${secret.slice(0, 10)}…`);

    await row.getByRole("button", { name: "吊销" }).click();
    const dialog = page.getByRole("dialog", { name: "吊销令牌“nightly export”？" });
    await dialog.waitFor();
    await dialog.getByRole("button", { name: "吊销" }).click();
    await page.getByRole("status").filter({ hasText: "已吊销令牌“nightly export”" }).waitFor();
    // The row shows the revocation, so it has re-rendered before its button is looked for.
    await row.getByRole("cell", { name: /^已于 .+ 吊销$/ }).waitFor();
    expect(await row.getByRole("button", { name: "吊销" }).count()).toBe(0);
    expect(await viewerWithToken(secret)).toBeNull();
    await page.context().close();
  });

  it("shows the createUser entry in the audit log, to the committee as well", async () => {
    for (const username of ["demo-admin", "committee1"]) {
      const page = await newPage(browser);
      await signInAs(page, server.url, username, "/audit");
      const entry = auditTable(page).locator("tr[data-action=createUser][data-outcome=OK]");
      await entry.waitFor();
      expect(await entry.textContent()).toContain("demo-admin");
      // The failed second attempt is there too, with its error code as a badge.
      expect(await auditTable(page).locator("tr[data-action=createUser][data-outcome=CONFLICT] .badge").textContent()).toBe("CONFLICT");
      // Details are collapsed until opened; credentials were never logged.
      const details = entry.locator("details");
      expect(await details.getAttribute("open")).toBeNull();
      await details.locator("summary").click();
      expect(await details.locator("pre").textContent()).toContain("[hidden: credentials]");
      expect(await page.content()).not.toContain("li-si-password-1");
      // Filtering by a year leaves out entries that concern no year, such as user changes.
      await page.getByRole("combobox", { name: "年度", exact: true }).selectOption("2025");
      await page.waitForURL(/logYear=2025/);
      await auditTable(page).locator("tr[data-action=createUser]").waitFor({ state: "detached" });
      // Gone could mean "not loaded yet": wait for the filtered answer (rows or the empty note), then look again.
      await auditTable(page).locator("tbody tr").first().or(page.getByText("没有符合条件的记录")).waitFor();
      expect(await auditTable(page).locator("tr[data-action=createUser]").count()).toBe(0);
      await page.context().close();
    }
  });

  it("filters the audit log by operation, person and day, in the interface's words", async () => {
    const page = await newPage(browser);
    // Signing in is itself an entry, so the log is never empty here, whatever ran before.
    await signInAs(page, server.url, "demo-admin", "/audit");
    await auditTable(page).locator("tbody tr[data-action=signIn]").first().waitFor();
    await page.getByRole("combobox", { name: /^操作/ }).selectOption("signIn");
    await page.waitForURL(/action=signIn/);
    await auditTable(page).locator("tbody tr:not([data-action=signIn])").first().waitFor({ state: "detached" });
    await auditTable(page).getByText("登录", { exact: true }).first().waitFor();
    const actions = await auditTable(page)
      .locator("tbody tr")
      .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-action")));
    expect(actions.length).toBeGreaterThan(0);
    expect(new Set(actions)).toEqual(new Set(["signIn"]));
    // A day before any entry: nothing.
    await page.getByLabel(/^截止日期/).fill("2001-01-01");
    await page.waitForURL(/to=2001-01-01/);
    await page.getByText("没有符合条件的记录").waitFor();
    await page.context().close();
  });
});
