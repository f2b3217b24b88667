import type { Page } from "playwright-core";

/**
 * The demo accounts' passwords (server/src/auth/bootstrap.ts DEMO_USERS, documented in the
 * README); the demo data creates them in a fresh database.
 */
export const DEMO_PASSWORDS: Record<string, string> = {
  "demo-admin": "demo-admin-pass",
  committee1: "committee-demo",
  committee2: "committee-demo",
  "deputy-gm": "executive-demo",
  analyst: "analyst-demo",
  clerk: "clerk-demo-pass",
  "head-north": "station-demo",
};

/** Signs in through the sign-in page, as a person would, and waits for the app shell. */
export async function signInAs(page: Page, baseUrl: string, username: string, path = "/"): Promise<void> {
  const password = DEMO_PASSWORDS[username];
  if (!password) throw new Error(`no demo password known for ${username}`);
  await page.goto(baseUrl + path);
  await page.locator("input[name=username]").fill(username);
  await page.locator("input[name=password]").fill(password);
  await page.locator("form button[type=submit]").click();
  await page.locator("nav.side-nav").waitFor();
}

/** A GraphQL call from inside the page, with the page's session cookie. */
export async function gqlInPage<T = any>(
  page: Page,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{ data?: T; errors?: { message: string }[] }> {
  return page.evaluate(
    async ({ query, variables }) => {
      const response = await fetch("/graphql", {
        method: "POST",
        credentials: "same-origin",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query, variables }),
      });
      return response.json();
    },
    { query, variables },
  );
}
