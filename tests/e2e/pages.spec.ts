import fs from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { test, expect, signIn, expectAccessible, ADMIN, DEMO_HOLDER } from "./fixtures";

// A sweep over every page a person can reach: each renders its heading, passes axe (no serious or
// critical violations), logs no console errors (the fixture), and fits a phone screen without
// sideways scrolling.
const TYPES = ["car", "bike", "travel", "health", "business", "home"];
const PUBLIC = ["/", "/info", ...TYPES.map((t) => `/info/${t}`), "/login", "/signup", "/verify/unknown-policy?s=abc"];
const HOLDER = ["/policies", "/claims", "/policies/new", ...TYPES.map((t) => `/policies/new/${t}`), "/profile", "/feedback", "/notifications"];
const ADMIN_PAGES = ["/admin", "/admin/claims", "/admin/claims?status=UNDER_REVIEW&decision=investigate", "/admin/users", "/admin/policies", "/admin/feedback", "/admin/notifications", "/admin/models", "/admin/audit", "/admin/api-keys"];

async function checkPage(page: Page, path: string) {
  const res = await page.goto(path);
  expect(res?.status(), path).toBe(200);
  await expect(page.locator("h1").first(), path).toBeVisible();
  await expectAccessible(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${path} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(1);
}

/**
 * One signed-in browser state per role and Playwright worker (Playwright's "one account per parallel worker"
 * pattern), so every page is its own test without signing in for each: a slow page on a busy machine
 * times out alone instead of taking the rest of a long sweep with it.
 */
function signedInAs(role: "holder" | "admin", creds: { email: string; password: string }) {
  return test.extend<object, { roleState: string }>({
    roleState: [
      async ({ browser }, use, workerInfo) => {
        const file = path.resolve("tests/.tmp", `state-${role}-${process.env.E2E_PORT ?? "3100"}-${workerInfo.parallelIndex}.json`);
        // a context made here does not inherit the project's `use` options: give it the app's address
        const context = await browser.newContext({ baseURL: workerInfo.project.use.baseURL });
        await signIn(await context.newPage(), creds);
        await context.storageState({ path: file });
        await context.close();
        await use(file);
      },
      { scope: "worker" },
    ],
    storageState: ({ roleState }, use) => use(roleState),
  });
}
const holderTest = signedInAs("holder", DEMO_HOLDER);
const adminTest = signedInAs("admin", ADMIN);

/** The href of the first element with `testId` on `listPath` (matching `text` when given). */
async function hrefOn(page: Page, listPath: string, testId: string, text?: string): Promise<string> {
  await page.goto(listPath);
  const items = page.getByTestId(testId);
  const item = text ? items.filter({ hasText: text }) : items.first();
  const link = (await item.getAttribute("href")) ?? (await item.getByRole("link").first().getAttribute("href"));
  expect(link, `a ${testId} on ${listPath}`).toBeTruthy();
  return link!;
}

for (const viewport of [
  { name: "desktop", size: { width: 1280, height: 800 } },
  { name: "phone", size: { width: 375, height: 740 } },
]) {
  test.describe(`${viewport.name} pages`, () => {
    test.describe.configure({ mode: "parallel" });
    test.use({ viewport: viewport.size });

    for (const p of PUBLIC) test(`public ${p}`, async ({ page }) => checkPage(page, p));
    for (const p of HOLDER) holderTest(`policyholder ${p}`, async ({ page }) => checkPage(page, p));
    for (const p of ADMIN_PAGES) adminTest(`admin ${p}`, async ({ page }) => checkPage(page, p));

    holderTest("policyholder: a policy of their own", async ({ page }) => {
      const href = await hrefOn(page, "/policies", "policy-card");
      expect(href).toMatch(/^\/policies\/c/);
      await checkPage(page, href);
    });
    holderTest("policyholder: a claim of their own (the seed files some)", async ({ page }) => {
      const href = await hrefOn(page, "/claims", "claim-row");
      expect(href).toMatch(/^\/claims\/c/);
      await checkPage(page, href);
    });
    holderTest("policyholder: the claim form of the demo car policy", async ({ page }) => {
      await checkPage(page, `${await hrefOn(page, "/policies", "policy-card", "CAR-DEMA-7K3Q")}/claims/new`);
    });
    holderTest("policyholder: the renew page of the demo car policy (inside its window), with the re-quote", async ({ page }) => {
      await checkPage(page, `${await hrefOn(page, "/policies", "policy-card", "CAR-DEMA-7K3Q")}/renew`);
      await expect(page.getByRole("button", { name: /Confirm renewal for £/ })).toBeVisible();
    });
    adminTest("admin: an account's page (the demo holder)", async ({ page }) => {
      await page.goto("/admin/users?q=holder%40example.com");
      const holderHref = await page.locator('table a[href^="/admin/users/"]').first().getAttribute("href");
      expect(holderHref).toMatch(/^\/admin\/users\/c/);
      await checkPage(page, holderHref!);
    });
    adminTest("admin: a claim's page from the queue (the seed files claims)", async ({ page }) => {
      await page.goto("/admin/claims");
      const href = await page.getByTestId("queue-row").getByRole("link").first().getAttribute("href");
      expect(href).toMatch(/^\/admin\/claims\/c/);
      await checkPage(page, href!);
    });
  });
}

test("an admin sees the fraud model versions the scorer uses, as their model cards record them", async ({ page }) => {
  await signIn(page, ADMIN);
  await page.getByRole("link", { name: "Admin" }).click();
  await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Models" }).click();
  for (const kind of ["motor", "general"]) {
    const card = JSON.parse(fs.readFileSync(`ml/fraud/model/${kind}/card.json`, "utf8")) as { version: string; crossValidation: { atThreshold: { rocAuc: number } } };
    await expect(page.getByTestId(`model-version-${kind}`)).toHaveText(card.version);
    await expect(page.getByText(new Intl.NumberFormat("en-GB", { maximumFractionDigits: 3 }).format(card.crossValidation.atThreshold.rocAuc)).first()).toBeVisible();
  }
  await expect(page.getByText(/Never used as inputs: insured_sex/).first()).toBeVisible();
});

test("a policyholder cannot open the model versions", async ({ page }) => {
  await signIn(page, DEMO_HOLDER);
  expect((await page.goto("/admin/models"))?.status()).toBe(404);
});
