import path from "node:path";
import fs from "node:fs";
import { test, expect, signUp, signOut, signIn, newUserData, smsSent, verifyPhone, verificationCodesSent, e164, expectAccessible, retryWhileSqliteBusy } from "./fixtures";
import { createPrismaClient } from "@/lib/db";
import { enqueueNotification } from "@/lib/notifications/enqueue";
import { isoToDbDate, lastDayOfTerm, todayIso } from "@/lib/policies/policy-dates";

// Finding 4 (phone verification) and "Your data" as a person uses them.
const port = process.env.E2E_PORT ?? "3100";
const dbUrl = process.env.E2E_DATABASE_URL ?? `file:${path.join(path.resolve("tests/.tmp"), `e2e-${port}.db`)}`;

/** Records a policy_expired notification for `email` the way a capability would (in a transaction). */
async function recordMessageFor(email: string, policyNumber: string) {
  const db = createPrismaClient(dbUrl);
  try {
    const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
    await retryWhileSqliteBusy(() =>
      db.$transaction((tx) => enqueueNotification(tx, { kind: "policy_expired", userId: user.id, payload: { policyNumber, endDate: "2026-11-20" }, idempotencyKey: `e2e-held:${policyNumber}` })),
    );
  } finally {
    await db.$disconnect();
  }
}

test("a new number gets nothing but its code until verified; then the waiting message goes out", async ({ page }) => {
  const since = smsSent().length;
  const user = await signUp(page, newUserData({ phone: "07400 123456" }), { verifyPhone: false });
  await expect(page).toHaveURL(/\/profile\?welcome=1$/);
  await expect(page.getByRole("heading", { name: /One more step: confirm your phone number/ })).toBeVisible();
  await expectAccessible(page);
  // the code went out through the real twilio client
  await expect.poll(() => verificationCodesSent(user.phone, since).length, { timeout: 20_000 }).toBeGreaterThan(0);

  const policyNumber = `CAR-HELD-${Date.now().toString(36).toUpperCase()}`;
  await recordMessageFor(user.email, policyNumber);
  await page.goto("/notifications");
  await expect(page.getByTestId("verify-phone-banner")).toBeVisible();
  const item = page.getByRole("listitem").filter({ hasText: policyNumber });
  await expect(item).toContainText("Waiting for phone verification");
  await expectAccessible(page);
  // held: nothing but the code reached the number
  expect(smsSent().filter((m) => m.form.Body?.includes(policyNumber))).toHaveLength(0);

  // a wrong code is refused beside the field
  await page.goto("/profile");
  await page.getByLabel("Verification code").fill("12345");
  await page.getByRole("button", { name: "Verify", exact: true }).click();
  await expect(page.locator("#code-error")).toHaveText(/6-digit code/);
  const wrong = verificationCodesSent(user.phone, since)[0] === "000000" ? "111111" : "000000";
  await page.getByLabel("Verification code").fill(wrong);
  await page.getByRole("button", { name: "Verify", exact: true }).click();
  await expect(page.locator("#code-error")).toHaveText(/not right\. You have 4 tries left/);

  await verifyPhone(page, user.phone, since);
  await expect(page.getByText("Your phone number is verified.")).toBeVisible();
  await expect.poll(() => smsSent().filter((m) => m.form.Body?.includes(policyNumber) && m.form.To === e164(user.phone)).length, { timeout: 20_000 }).toBe(1);
  await page.goto("/notifications");
  await expect(page.getByTestId("verify-phone-banner")).toHaveCount(0);
  await expect(page.getByRole("listitem").filter({ hasText: policyNumber })).toContainText("Sent");
});

test("Download my data gives one JSON file of the person's own data", async ({ page }) => {
  const user = await signUp(page);
  await page.goto("/profile");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download my data" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^safeguard-my-data-\d{4}-\d{2}-\d{2}\.json$/);
  const data = JSON.parse(fs.readFileSync((await file.path())!, "utf8"));
  expect(data.profile).toMatchObject({ email: user.email, name: user.name });
  expect(data.profile.phoneVerifiedAt).toEqual(expect.any(String));
  expect(data).toHaveProperty("policies");
  expect(data).toHaveProperty("claims");
  expect(data).toHaveProperty("feedback");
  expect(data).toHaveProperty("messages");
  expect(JSON.stringify(data)).not.toContain("passwordHash");
});

test("Delete my account asks for the password, then erases the account and signs out", async ({ page }) => {
  const user = await signUp(page);
  await page.goto("/profile");
  await page.getByLabel("Password to confirm deletion").fill("not-my-password");
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.locator("#password-error")).toHaveText(/not right/);
  await page.getByLabel("Password to confirm deletion").fill(user.password);
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  // the account is gone: signing in fails like any unknown account
  await page.goto("/login");
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("That email and password do not match an account.")).toBeVisible();
});

test("an account with an open claim cannot be deleted, and is told why", async ({ page }) => {
  const user = await signUp(page);
  const db = createPrismaClient(dbUrl);
  try {
    const u = await db.user.findUniqueOrThrow({ where: { email: user.email }, select: { id: true } });
    // calendar dates are stored as UTC midnight, as the app writes them
    const today = todayIso();
    const policy = await db.policy.create({
      data: { number: `CAR-OPEN-${Date.now().toString(36).toUpperCase()}`, userId: u.id, type: "car", startDate: isoToDbDate(today), endDate: isoToDbDate(lastDayOfTerm(today, 12)), termMonths: 12, sumInsuredCents: 100_000, remainingCoverCents: 100_000, premiumCents: 10_000, details: {} },
    });
    await db.claim.create({
      data: { number: `CLM-${Date.now().toString(36).toUpperCase()}`, policyId: policy.id, userId: u.id, status: "UNDER_REVIEW", incidentDate: isoToDbDate(today), incidentHour: 9, description: "Dented door", witnesses: 0, amountCents: 50_000, reservedCents: 50_000, fraudProbability: 0.1, anomalyScore: 0.1, fraudDecision: "approve", modelVersion: "v", modelKind: "motor", modelInputs: {}, details: {}, fraudReasons: [] },
    });
  } finally {
    await db.$disconnect();
  }
  await page.goto("/profile");
  await expect(page.getByTestId("open-claims-note")).toContainText("a claim still open");
  await page.getByLabel("Password to confirm deletion").fill(user.password);
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.getByText(/claim that is still open/)).toBeVisible();
  await signOut(page);
  await signIn(page, user);
});
