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
    await page.locator("[data-testid=users-table] tr[data-username=clerk]").waitFor();

    await page.locator("[data-testid=user-add]").click();
    const form = page.locator("[data-testid=user-form]");
    // A too-short password is refused beside the field before anything is sent.
    await form.locator("input[name=username]").fill("li.si");
    await form.locator("input[name=displayName]").fill("李四");
    await form.locator("input[name=password]").fill("short");
    await form.locator("input[value=ANALYST]").check();
    await page.locator("[data-testid=user-form-submit]").click();
    await page.locator("[data-testid=user-error-password]").waitFor();

    await form.locator("input[name=password]").fill("li-si-password-1");
    await page.locator("[data-testid=user-form-submit]").click();
    const row = page.locator("[data-testid=users-table] tr[data-username='li.si']");
    await row.waitFor();
    expect(await row.textContent()).toContain("李四");
    expect(await row.locator(".role-badge").allTextContents()).toEqual(["分析员"]);
    expect(await page.locator("[data-testid=user-form]").count()).toBe(0);

    // The same name again is a CONFLICT, shown beside the username.
    await page.locator("[data-testid=user-add]").click();
    await form.locator("input[name=username]").fill("li.si");
    await form.locator("input[name=displayName]").fill("李四");
    await form.locator("input[name=password]").fill("li-si-password-1");
    await form.locator("input[value=ANALYST]").check();
    await page.locator("[data-testid=user-form-submit]").click();
    await page.locator("[data-testid=user-error-username]").waitFor();
    expect(await page.locator("[data-testid=user-form-error]").textContent()).toContain("已存在");
    await page.getByRole("button", { name: "取消" }).click();

    // Making li.si a station head asks for the unit first.
    await page.locator("[data-testid='user-edit-li.si']").click();
    await form.locator("input[value=STATION_HEAD]").check();
    await page.locator("[data-testid=user-form-submit]").click();
    await page.locator("[data-testid=user-error-unitCode]").waitFor();
    await form.locator("select[name=unitCode]").selectOption("east");
    await page.locator("[data-testid=user-form-submit]").click();
    await page.locator("[data-testid=users-notice]").waitFor();
    expect(await row.locator(".role-badge").allTextContents()).toEqual(["分析员", "站长"]);
    expect(await row.textContent()).toContain("城东");

    // Disabling asks first, and takes effect on the server.
    await page.locator("[data-testid='user-toggle-li.si']").click();
    await page.getByRole("dialog").waitFor();
    await page.locator("[data-testid=confirm-dialog-confirm]").click();
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
    expect(await page.locator("[data-testid=users-table]").count()).toBe(0);
    // The server refuses too, whatever the page shows.
    const answer = await gqlInPage(page, "{ users { username } }");
    expect(answer.data?.users ?? null).toBeNull();
    expect(answer.errors?.length).toBeGreaterThan(0);
    await page.context().close();
  });

  it("shows a new token's secret once; the revoked token no longer works", async () => {
    const page = await newPage(browser);
    await signInAs(page, server.url, "analyst", "/tokens");
    await page.locator("[data-testid=tokens-empty]").waitFor();
    await page.locator("input[name=tokenName]").fill("nightly export");
    await page.locator("[data-testid=token-create]").click();

    const secret = await page.locator("[data-testid=token-secret]").inputValue();
    expect(secret).toMatch(/^sat_/);
    expect(await page.locator("[data-testid=token-curl]").inputValue()).toBe(
      `curl -H "Authorization: Bearer ${secret}" -H "content-type: application/json" -d '{"query":"{ units { code } }"}' ${server.url}/graphql`,
    );
    expect(await page.locator("[data-testid=token-secret-panel]").textContent()).toContain("不再显示");
    expect(await viewerWithToken(secret)).toEqual({ username: "analyst" });

    // Once dismissed (or after a reload) the secret is nowhere on the page; only its prefix is.
    await page.locator("[data-testid=token-secret-dismiss]").click();
    const row = page.locator("[data-testid=tokens-table] tr[data-token='nightly export']");
    await row.waitFor();
    expect(await page.content()).not.toContain(secret);
    await page.reload();
    await row.waitFor();
    expect(await page.content()).not.toContain(secret);
    expect(await row.locator("code").textContent()).toBe(`${secret.slice(0, 10)}…`);

    await page.locator("[data-testid='token-revoke-nightly export']").click();
    await page.getByRole("dialog").waitFor();
    await page.locator("[data-testid=confirm-dialog-confirm]").click();
    await page.locator("[data-testid=tokens-notice]").waitFor();
    expect(await row.locator("[data-testid=token-status]").textContent()).toContain("已于");
    expect(await page.locator("[data-testid='token-revoke-nightly export']").count()).toBe(0);
    expect(await viewerWithToken(secret)).toBeNull();
    await page.context().close();
  });

  it("shows the createUser entry in the audit log, to the committee as well", async () => {
    for (const username of ["demo-admin", "committee1"]) {
      const page = await newPage(browser);
      await signInAs(page, server.url, username, "/audit");
      const entry = page.locator("[data-testid=audit-table] tr[data-action=createUser][data-outcome=OK]");
      await entry.waitFor();
      expect(await entry.textContent()).toContain("demo-admin");
      // The failed second attempt is there too, with its error code as a badge.
      expect(await page.locator("[data-testid=audit-table] tr[data-action=createUser][data-outcome=CONFLICT] .badge").textContent()).toBe("CONFLICT");
      // Details are collapsed until opened; credentials were never logged.
      const details = entry.locator("details");
      expect(await details.getAttribute("open")).toBeNull();
      await details.locator("summary").click();
      expect(await details.locator("pre").textContent()).toContain("[hidden: credentials]");
      expect(await page.content()).not.toContain("li-si-password-1");
      // Filtering by a year leaves out entries that concern no year, such as user changes.
      await page.locator("[data-testid=audit-year]").selectOption("2025");
      await page.waitForURL(/logYear=2025/);
      await page.locator("[data-testid=audit-table] tr[data-action=createUser]").waitFor({ state: "detached" });
      await page.context().close();
    }
  });

  it("filters the audit log by operation, person and day, in the interface's words", async () => {
    const page = await newPage(browser);
    // Signing in is itself an entry, so the log is never empty here, whatever ran before.
    await signInAs(page, server.url, "demo-admin", "/audit");
    await page.locator("[data-testid=audit-table] tbody tr[data-action=signIn]").first().waitFor();
    await page.getByRole("combobox", { name: /^操作/ }).selectOption("signIn");
    await page.waitForURL(/action=signIn/);
    await page.locator("[data-testid=audit-table] tbody tr:not([data-action=signIn])").first().waitFor({ state: "detached" });
    await page.locator("[data-testid=audit-table]").getByText("登录", { exact: true }).first().waitFor();
    const actions = await page.locator("[data-testid=audit-table] tbody tr").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-action")));
    expect(actions.length).toBeGreaterThan(0);
    expect(new Set(actions)).toEqual(new Set(["signIn"]));
    // A day before any entry: nothing.
    await page.getByLabel(/^截止日期/).fill("2001-01-01");
    await page.waitForURL(/to=2001-01-01/);
    await page.getByText("没有符合条件的记录").waitFor();
    await page.context().close();
  });
});
