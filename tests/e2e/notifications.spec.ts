import path from "node:path";
import { test, expect, signUp, signIn, signOut, expectAccessible, ADMIN, DEMO_HOLDER, newUserData, smsSent, retryWhileSqliteBusy } from "./fixtures";
import { createPrismaClient } from "@/lib/db";
import { enqueueNotification } from "@/lib/notifications/enqueue";

// serve.mjs starts the app with WORKER_IN_APP=on against a fake Twilio API that appends every SMS it
// accepts to this file, and the app's SQLite file beside it: a journey can record a notification the way a
// capability would (in a transaction, through the contract) and watch the app's own worker send it.
const port = process.env.E2E_PORT ?? "3100";
const tmp = path.resolve("tests/.tmp");
const dbUrl = process.env.E2E_DATABASE_URL ?? `file:${path.join(tmp, `e2e-${port}.db`)}`;

/** Records one policy_expired notification for the account with `email`, committed like a real event. */
async function recordExpiryFor(email: string, policyNumber: string, toPhone?: string) {
  const db = createPrismaClient(dbUrl);
  try {
    const user = await db.user.findUniqueOrThrow({ where: { email }, select: { id: true, phone: true } });
    await retryWhileSqliteBusy(() =>
      db.$transaction((tx) =>
        enqueueNotification(tx, {
          kind: "policy_expired",
          userId: user.id,
          ...(toPhone ? { toPhone } : {}),
          payload: { policyNumber, endDate: "2026-11-20" },
          idempotencyKey: `e2e:${policyNumber}`,
        }),
      ),
    );
    return user;
  } finally {
    await db.$disconnect();
  }
}

test("a new policyholder's notifications page starts empty and is reachable from the header", async ({ page }) => {
  await signUp(page, newUserData());
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Notifications" }).click();
  await expect(page.getByRole("heading", { name: "Notifications", level: 1 })).toBeVisible();
  await expect(page.getByText("No notifications yet.")).toBeVisible();
  await expectAccessible(page);
});

test("a recorded notification is texted by the app's own worker through Twilio and listed for its owner only", async ({ page }) => {
  const policyNumber = `SG-E2E-${Date.now().toString(36).toUpperCase()}`;
  const holder = await recordExpiryFor(DEMO_HOLDER.email, policyNumber);

  // the in-app worker sent it through the real twilio client to the fake API
  await expect.poll(() => smsSent().filter((s) => s.form.Body?.includes(policyNumber)).length, { timeout: 15_000 }).toBe(1);
  const sms = smsSent().find((s) => s.form.Body.includes(policyNumber))!;
  expect(sms.form.To).toBe(holder.phone);
  expect(sms.form.From).toBe("+447911000999");

  await signIn(page, DEMO_HOLDER);
  await page.goto("/notifications");
  const item = page.getByRole("listitem").filter({ hasText: policyNumber });
  await expect(item.getByRole("heading", { name: "Policy expired" })).toBeVisible();
  await expect(item.getByText(`Safeguard: policy ${policyNumber} expired on 20 Nov 2026`)).toBeVisible();
  await expect(item.getByText("Sent", { exact: true })).toBeVisible();
  await expect(item.getByText(/^Sent \d{1,2} \w{3} 2026/)).toBeVisible();
  await expectAccessible(page);

  // another account does not see it
  await signOut(page);
  await signUp(page, newUserData());
  await page.goto("/notifications");
  await expect(page.getByText(policyNumber)).toHaveCount(0);
});

test("an admin sees the outbox with counts and can retry a failed message; a policyholder gets not found", async ({ page }) => {
  const policyNumber = `SG-BAD-${Date.now().toString(36).toUpperCase()}`;
  // an invalid number: the fake Twilio answers 400 / 21211, so the worker marks it FAILED without retrying.
  // Only a verified number gets anything but a verification code, so the message goes to an account whose
  // (verified) number is the invalid one, as if a carrier had since withdrawn it.
  const email = `withdrawn-${policyNumber.toLowerCase()}@example.com`;
  const db = createPrismaClient(dbUrl);
  try {
    await db.user.create({ data: { email, name: "Withdrawn Number", phone: "+000000000123", phoneVerifiedAt: new Date(), passwordHash: "!" } });
  } finally {
    await db.$disconnect();
  }
  await recordExpiryFor(email, policyNumber);
  await expect.poll(() => smsSent().filter((s) => s.form.Body?.includes(policyNumber) && s.status === 400).length, { timeout: 15_000 }).toBe(1);

  await signIn(page, ADMIN);
  await page.goto("/admin");
  await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Notifications" }).click();
  await expect(page.getByRole("heading", { name: "Notifications", level: 1 })).toBeVisible();
  await expect.poll(async () => Number(await page.getByTestId("count-failed").textContent())).toBeGreaterThanOrEqual(1);
  const row = page.getByRole("row").filter({ hasText: "+00 ••• ••• 123" });
  await expect(row).toBeVisible();
  await expect(row.getByText("Failed", { exact: true })).toBeVisible();
  await expect(row.getByText(/21211/)).toBeVisible();
  await expectAccessible(page);

  // the admin narrows the outbox to failed messages (a busy outbox pages 50 at a time) and retries from there
  await page.getByRole("list", { name: "Messages by status" }).getByRole("link", { name: /^Failed/ }).click();
  await expect(page).toHaveURL(/status=FAILED/);
  await expect(page.getByText("Showing failed messages only.")).toBeVisible();
  await expect(row.getByText("Failed", { exact: true })).toBeVisible();
  await row.getByRole("button", { name: /^Retry/ }).click();
  // the confirmation is the page's, not the row's: the refresh after the retry drops the re-queued row from
  // this view, and the admin still reads what happened to which message
  const confirmation = page.getByRole("status").filter({ hasText: "to +00 ••• ••• 123: queued for another attempt." });
  await expect(confirmation).toBeVisible();
  // the retry checks Twilio first, finds nothing, sends, and the number is still invalid: failed again
  await expect.poll(() => smsSent().filter((s) => s.form.Body?.includes(policyNumber)).length, { timeout: 15_000 }).toBe(2);
  await expect(confirmation).toBeVisible();

  // once the worker has recorded the second failure, the message is listed as failed again
  await expect
    .poll(async () => {
      await page.reload();
      return row.count();
    })
    .toBe(1);
  await expect(row.getByText("Failed", { exact: true })).toBeVisible();
  await expect(page.getByRole("row").filter({ has: page.getByText("Sent", { exact: true }) })).toHaveCount(0);
  await expectAccessible(page);

  await signOut(page);
  await signIn(page, DEMO_HOLDER);
  const res = await page.goto("/admin/notifications");
  expect(res?.status()).toBe(404);
});
