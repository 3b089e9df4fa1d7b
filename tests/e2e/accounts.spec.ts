import path from "node:path";
import fs from "node:fs";
import { test, expect, newUserData, signUp, signIn, signOut, expectAccessible, expectSignedOut, ADMIN } from "./fixtures";

const fixtures = path.resolve("tests/fixtures/files");

test("sign up → sign out → sign in → edit profile → upload a photo and see it", async ({ page }) => {
  const user = await signUp(page);
  await expect(page).toHaveURL(/\/policies$/);
  await signOut(page);
  await signIn(page, user);

  await page.getByRole("link", { name: "Profile" }).click();
  await expect(page.getByRole("heading", { name: "Your profile" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Full name").fill("Renamed Holder");
  await page.getByLabel("Phone").fill("+44 7400 123456");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Profile saved")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Full name")).toHaveValue("Renamed Holder");
  await expect(page.getByLabel("Phone")).toHaveValue("+447400123456");

  await expect(page.getByRole("img", { name: "Your profile photo" })).toHaveCount(0);
  await page.getByLabel("Profile photo").setInputFiles(path.join(fixtures, "photo.jpg"));
  await page.getByRole("button", { name: "Upload photo" }).click();
  await expect(page.getByText("Photo updated")).toBeVisible();
  const img = page.getByRole("img", { name: "Your profile photo" });
  await expect(img).toBeVisible();
  // the browser really decoded the re-encoded, square image served by the authorised route
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => [el.complete, el.naturalWidth, el.naturalHeight])).toEqual([true, 256, 256]);
});

test("sign-up shows each bad input beside its field and creates nothing", async ({ page }) => {
  await page.goto("/signup");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Enter your full name")).toBeVisible();
  await expect(page.getByText("Enter your email address")).toBeVisible();

  await page.getByLabel("Full name").fill("Pat Doe");
  await page.getByLabel("Email").fill("pat@example");
  await page.getByLabel("Phone").fill("12345");
  await page.getByLabel("Password", { exact: true }).fill("short");
  await page.getByLabel("Confirm password").fill("different");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#email-error")).toHaveText(/valid email/);
  await expect(page.locator("#phone-error")).toHaveText(/valid phone number/);
  await expect(page.locator("#password-error")).toHaveText("Use at least 10 characters");
  await expect(page.locator("#confirmPassword-error")).toHaveText("Passwords do not match");
  await expect(page).toHaveURL(/\/signup$/);
  await expectAccessible(page);
});

test("sign-up with an email that is already registered says so beside Email", async ({ page }) => {
  const user = newUserData({ email: "admin@example.com" });
  await page.goto("/signup");
  await page.getByLabel("Full name").fill(user.name);
  await page.getByLabel("Email").fill("ADMIN@example.com");
  await page.getByLabel("Phone").fill(user.phone);
  await page.getByLabel("Password", { exact: true }).fill(user.password);
  await page.getByLabel("Confirm password").fill(user.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.locator("#email-error")).toHaveText(/already exists/);
  await expectSignedOut(page);
});

test("a wrong password is refused, and repeated failures ask to wait without revealing the account", async ({ page }) => {
  const user = await signUp(page);
  await signOut(page);
  const attempt = async (email: string, password: string) => {
    await page.goto("/login");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
  };
  await attempt(user.email, "not-the-password");
  await expect(page.getByText("That email and password do not match an account.")).toBeVisible();
  for (let i = 0; i < 4; i++) {
    await attempt(user.email, `wrong-${i}-password`);
    await expect(page.getByText("That email and password do not match an account.")).toBeVisible();
  }
  // now even the right password is refused with the wait message
  await attempt(user.email, user.password);
  await expect(page.getByText(/Too many sign-in attempts/)).toBeVisible();
  await expectSignedOut(page);
  // an email with no account behaves exactly the same
  const ghost = `ghost-${Date.now()}@example.com`;
  for (let i = 0; i < 5; i++) {
    await attempt(ghost, "whatever-password");
    await expect(page.getByText("That email and password do not match an account.")).toBeVisible();
  }
  await attempt(ghost, "whatever-password");
  await expect(page.getByText(/Too many sign-in attempts/)).toBeVisible();
});

test("hostile photo uploads are refused with a clear message and change nothing", async ({ page }) => {
  await signUp(page);
  await page.goto("/profile");
  const cases: [string, RegExp][] = [
    ["evil.svg", /JPEG, PNG or WebP/],
    ["not-an-image.jpg", /not an image/],
    ["truncated.jpg", /damaged|not an image/],
    ["huge.png", /larger than 2 MB/],
  ];
  for (const [file, message] of cases) {
    expect(fs.existsSync(path.join(fixtures, file)), file).toBe(true);
    await page.getByLabel("Profile photo").setInputFiles(path.join(fixtures, file));
    await page.getByRole("button", { name: "Upload photo" }).click();
    await expect(page.locator("#photo-error")).toHaveText(message);
    await expect(page.getByRole("img", { name: "Your profile photo" })).toHaveCount(0);
  }
  const res = await page.request.get("/api/profile/photo");
  expect(res.status()).toBe(404);
});

test("a policyholder sees no Admin link and cannot open /admin", async ({ page }) => {
  await signUp(page);
  await expect(page.getByRole("link", { name: "Admin" })).toHaveCount(0);
  const res = await page.goto("/admin");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  const users = await page.goto("/admin/users");
  expect(users?.status()).toBe(404);
  await expect(page.getByText("admin@example.com")).toHaveCount(0);
});

test("an admin sees the Admin link and the dashboard", async ({ page }) => {
  await signIn(page, ADMIN);
  await page.getByRole("link", { name: "Admin" }).click();
  await expect(page.getByRole("heading", { name: "Admin dashboard" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Users" }).click();
  await expect(page.getByRole("cell", { name: "holder@example.com" })).toBeVisible();
});

test("signed-out visitors are sent to sign in and come back afterwards", async ({ page }) => {
  await page.goto("/profile");
  await expect(page).toHaveURL(/\/login\?next=%2Fprofile/);
  await page.getByLabel("Email").fill("holder@example.com");
  await page.getByLabel("Password").fill("holder-password-123");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/profile$/);
});

test("health endpoint reports the database", async ({ request }) => {
  const res = await request.get("/api/health");
  expect(res.status()).toBe(200);
  expect(await res.json()).toEqual({ status: "ok", db: "ok" });
});
