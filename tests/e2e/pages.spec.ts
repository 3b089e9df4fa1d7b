import fs from "node:fs";
import type { Page } from "@playwright/test";
import { test, expect, signIn, expectAccessible, ADMIN, DEMO_HOLDER } from "./fixtures";

// A sweep over every page a person can reach: each renders its heading, passes axe (no serious or
// critical violations), logs no console errors (the fixture), and fits a phone screen without
// sideways scrolling.
const TYPES = ["car", "bike", "travel", "health", "business", "home"];
const PUBLIC = ["/", "/info", ...TYPES.map((t) => `/info/${t}`), "/login", "/signup", "/verify/unknown-policy?s=abc"];
const HOLDER = ["/policies", "/claims", "/policies/new", ...TYPES.map((t) => `/policies/new/${t}`), "/profile", "/feedback", "/notifications"];
const ADMIN_PAGES = ["/admin", "/admin/claims", "/admin/claims?status=UNDER_REVIEW&decision=investigate", "/admin/users", "/admin/policies", "/admin/feedback", "/admin/notifications", "/admin/models", "/admin/audit"];

async function checkPage(page: Page, path: string) {
  const res = await page.goto(path);
  expect(res?.status(), path).toBe(200);
  await expect(page.locator("h1").first(), path).toBeVisible();
  await expectAccessible(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${path} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(1);
}

for (const viewport of [
  { name: "desktop", size: { width: 1280, height: 800 } },
  { name: "phone", size: { width: 375, height: 740 } },
]) {
  test.describe(`${viewport.name} pages`, () => {
    test.use({ viewport: viewport.size });

    test("public pages", async ({ page }) => {
      for (const path of PUBLIC) await checkPage(page, path);
    });

    test("policyholder pages, including a policy of their own", async ({ page }) => {
      await signIn(page, DEMO_HOLDER);
      for (const path of HOLDER) await checkPage(page, path);
      await page.goto("/policies");
      const first = page.getByTestId("policy-card").first();
      const href = await first.getAttribute("href");
      expect(href).toMatch(/^\/policies\/c/);
      await checkPage(page, href!);
      // a claim of their own (the seed files some) and the claim form on the demo car policy
      await page.goto("/claims");
      const claim = await page.getByTestId("claim-row").first().getByRole("link").getAttribute("href");
      expect(claim).toMatch(/^\/claims\/c/);
      await checkPage(page, claim!);
      await page.goto("/policies");
      const car = await page.getByTestId("policy-card").filter({ hasText: "CAR-DEMA-7K3Q" }).getAttribute("href");
      await checkPage(page, `${car}/claims/new`);
    });

    test("admin pages", async ({ page }) => {
      await signIn(page, ADMIN);
      for (const path of ADMIN_PAGES) await checkPage(page, path);
      // an account's page (the demo holder) and, when the demo data has one, a claim's page
      await page.goto("/admin/users?q=holder%40example.com");
      const holderHref = await page.locator('table a[href^="/admin/users/"]').first().getAttribute("href");
      expect(holderHref).toMatch(/^\/admin\/users\/c/);
      await checkPage(page, holderHref!);
      await page.goto("/admin/claims");
      const claimLinks = page.getByTestId("queue-row").getByRole("link");
      if (await claimLinks.count()) await checkPage(page, (await claimLinks.first().getAttribute("href"))!);
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
