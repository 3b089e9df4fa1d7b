import { test as base, expect, type Page } from "@playwright/test";
import { parsePhoneNumberFromString } from "libphonenumber-js";
import AxeBuilder from "@axe-core/playwright";
import { randomInt, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

export type SmsRecord = { form: Record<string, string>; status: number; sid?: string };
/** Every SMS the fake Twilio API has received in this run (tests/e2e/serve.mjs logs them as JSON lines). */
export function smsSent(): SmsRecord[] {
  const log = path.resolve("tests/.tmp", `e2e-sms-${process.env.E2E_PORT ?? "3100"}.jsonl`);
  if (!fs.existsSync(log)) return [];
  return fs
    .readFileSync(log, "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as SmsRecord);
}

export type TestUser = { name: string; email: string; phone: string; password: string };

/** A unique, valid policyholder for one journey. */
export function newUserData(overrides: Partial<TestUser> = {}): TestUser {
  const id = randomUUID().slice(0, 8);
  // A number of its own (07911 1xxxxx are valid UK mobiles), so parallel journeys never read each other's codes or SMS.
  const phone = `07911 1${String(randomInt(100_000)).padStart(5, "0")}`;
  return { name: `Test Holder ${id}`, email: `holder-${id}@example.com`, phone, password: "a-long-password-1", ...overrides };
}

export const ADMIN = { email: "admin@example.com", password: "admin-password-123" };
export const DEMO_HOLDER = { email: "holder@example.com", password: "holder-password-123" };

/** A phone number as typed → E.164, the form Twilio (and the fake's log) uses. */
export function e164(phone: string): string {
  return parsePhoneNumberFromString(phone, "GB")!.number;
}

/** Verification codes texted to `phone` (newest first), from SMS logged after index `since`. */
export function verificationCodesSent(phone: string, since = 0): string[] {
  const to = e164(phone);
  return smsSent()
    .slice(since)
    .filter((m) => m.form.To === to && m.status === 201)
    .map((m) => /(\d{6}) is your code/.exec(m.form.Body ?? "")?.[1])
    .filter((c): c is string => Boolean(c))
    .reverse();
}

/**
 * Signs up through the real form and waits until the app shows the user as signed in. By default it then
 * completes the phone verification step the app offers right after sign-up (reading the code from the fake
 * Twilio log), so the journey's SMS go out, and ends on /policies; `{ verifyPhone: false }` stops at the
 * verification step on /profile.
 * Codes sent to the number since the form was sent are tried newest first (a journey may share a number on purpose).
 */
export async function signUp(page: Page, user: TestUser = newUserData(), opts: { verifyPhone?: boolean } = {}): Promise<TestUser> {
  const since = smsSent().length;
  await submitSignupForm(page, user);
  await expect(page.getByRole("button", { name: "Sign out", exact: true })).toBeVisible();
  await expect(page.getByLabel("Verification code")).toBeVisible();
  if (opts.verifyPhone === false) return user;
  await verifyPhone(page, user.phone, since);
  // where sign-up used to land, so journeys continue from the same place
  await page.goto("/policies");
  return user;
}

/** Opens /signup, fills every field for `user` and presses Create account. */
export async function submitSignupForm(page: Page, user: TestUser): Promise<void> {
  await page.goto("/signup");
  await page.getByLabel("Full name").fill(user.name);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Phone").fill(user.phone);
  await page.getByLabel("Password", { exact: true }).fill(user.password);
  await page.getByLabel("Confirm password").fill(user.password);
  await page.getByRole("button", { name: "Create account" }).click();
}

/** Completes the verification step on the current page with a code texted to `phone` after index `since`. */
export async function verifyPhone(page: Page, phone: string, since = 0): Promise<void> {
  await expect.poll(() => verificationCodesSent(phone, since).length, { timeout: 20_000 }).toBeGreaterThan(0);
  for (const code of verificationCodesSent(phone, since)) {
    await page.getByLabel("Verification code").fill(code);
    await page.getByRole("button", { name: "Verify", exact: true }).click();
    const verified = page.getByText(/Phone number verified|Your phone number is verified/).first();
    const wrong = page.locator("#code-error");
    await expect(verified.or(wrong).first()).toBeVisible({ timeout: 15_000 });
    if (await verified.isVisible()) return;
  }
  throw new Error(`no verification code sent to ${phone} was accepted`);
}

export async function signIn(page: Page, creds: { email: string; password: string }) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(creds.email);
  await page.getByLabel("Password").fill(creds.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("button", { name: "Sign out", exact: true })).toBeVisible();
}

/**
 * The header shows the signed-out controls (it is a client island: until it knows the session it shows
 * neither, so "no Sign out button" alone would pass before it has even asked).
 */
export async function expectSignedOut(page: Page) {
  const header = page.getByRole("banner");
  await expect(header.getByRole("link", { name: "Sign in", exact: true })).toBeVisible();
  await expect(header.getByRole("button", { name: "Sign out", exact: true })).toHaveCount(0);
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
}

/** Fails on serious or critical accessibility violations of the current page. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`)).toEqual([]);
}

/**
 * Every journey fails on a JavaScript error or console error in the page. Failed loads with a 4xx
 * status are expected in negative journeys (e.g. a policyholder opening /admin gets a 404).
 */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(`pageerror: ${e.message}`));
      page.on("console", (m) => {
        if (m.type() !== "error") return;
        if (/Failed to load resource: the server responded with a status of 4\d\d/.test(m.text())) return;
        errors.push(`console: ${m.text()}`);
      });
      await use(errors);
      expect(errors, "no JavaScript or console errors on the page").toEqual([]);
    },
    { auto: true },
  ],
});
export { expect };

/**
 * Runs a write that a journey makes straight to the app's database (to stage an event) and starts it again
 * when SQLite refuses it with SQLITE_BUSY / SQLITE_BUSY_SNAPSHOT: this test process is a second writer beside
 * the running app and its worker, and a transaction that read before another process committed cannot
 * upgrade to a write (no busy wait helps), so it has to begin again, as any second writer process would.
 */
export async function retryWhileSqliteBusy<T>(write: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await write();
    } catch (e) {
      if (attempt >= 20 || !/SQLITE_BUSY|database is locked/.test(String(e))) throw e;
      await new Promise((r) => setTimeout(r, 50 * attempt));
    }
  }
}
