import { test, expect, signUp, signIn, signOut, newUserData, DEMO_HOLDER } from "./fixtures";

// Findings 3 and 5 in the browser: the open redirect after sign-in, and sessions that outlived sign-out.

for (const next of ["/%5Cevil.example/", "/%09/evil.example/", "/%0A/evil.example/", "//evil.example/", "https://evil.example/"]) {
  test(`sign-in with next=${next} stays on this site`, async ({ page }) => {
    await page.goto(`/login?next=${next}`);
    await page.getByLabel("Email").fill(DEMO_HOLDER.email);
    await page.getByLabel("Password").fill(DEMO_HOLDER.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
    await expect(page).toHaveURL(/\/policies$/);
    expect(new URL(page.url()).host).toBe(new URL(test.info().project.use.baseURL!).host);
  });
}

test("a same-site next is still followed after sign-in", async ({ page }) => {
  await page.goto(`/login?next=${encodeURIComponent("/notifications")}`);
  await page.getByLabel("Email").fill(DEMO_HOLDER.email);
  await page.getByLabel("Password").fill(DEMO_HOLDER.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/notifications$/);
});

test("a copied session cookie stops working once its owner signs out, and refreshing it does not revive it", async ({ page, browser }) => {
  const user = await signUp(page);
  await page.goto("/profile");
  const cookies = await page.context().cookies();
  expect(cookies.some((c) => c.name.endsWith("next-auth.session-token"))).toBe(true);

  // the attacker's copy works while the owner is signed in
  const thief = await browser.newContext();
  await thief.addCookies(cookies);
  const copy = await thief.newPage();
  await copy.goto("/profile");
  await expect(copy.getByRole("heading", { name: "Your profile" })).toBeVisible();

  await signOut(page);

  // the same cookie, replayed: no session, no profile, and /api/auth/session cannot extend it
  const session = await thief.request.get("/api/auth/session");
  expect((await session.json()).user).toBeUndefined();
  await copy.goto("/profile");
  await expect(copy).toHaveURL(/\/login/);
  const again = await thief.newPage();
  await thief.clearCookies();
  await thief.addCookies(cookies);
  await again.goto("/profile");
  await expect(again).toHaveURL(/\/login/);
  await thief.close();
  // the owner can still sign in again
  await signIn(page, user);
});

test("Sign out of all devices ends the session in every browser", async ({ page, browser }) => {
  const user = await signUp(page, newUserData());
  const other = await browser.newContext();
  const laptop = await other.newPage();
  await signIn(laptop, user);
  await laptop.goto("/policies");
  await expect(laptop.getByRole("button", { name: "Sign out" })).toBeVisible();

  await page.goto("/profile");
  await page.getByRole("button", { name: "Sign out of all devices" }).click();
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();

  await laptop.goto("/profile");
  await expect(laptop).toHaveURL(/\/login/);
  await other.close();
});
